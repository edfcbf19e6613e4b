// What a browser test needs before it can start: the built extension and the browser binary.
// Each check fails with the command that fixes it: a missing prerequisite is never a silent skip.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserTarget } from '../../scripts/manifest-for';

/** The folder `npm run build` writes for a browser (dist/chrome, dist/firefox), once it exists. */
export function builtExtension(target: BrowserTarget): string {
  const dir = fileURLToPath(new URL(`../../dist/${target}`, import.meta.url));
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(`No built extension in ${dir}: run npm run build first.`);
  return dir;
}

/** The browser binary at `path`, or an error saying how to install it or point `envVar` at one. */
export function requireBrowser(
  path: string,
  { name, aptPackage, envVar }: { name: string; aptPackage: string; envVar: string },
): string {
  if (!existsSync(path))
    throw new Error(
      `${name} was not found at ${path}. Install Debian's ${name} ` +
        `(sudo apt-get install -y ${aptPackage}) or set ${envVar} to its binary, ` +
        'then run the tests again.',
    );
  return path;
}
