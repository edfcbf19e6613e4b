// What every rehearsal browser needs before it starts: the built extension, the browser binary,
// and its window size. Each check fails with the command that fixes it: a missing prerequisite is
// never a silent skip.

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserTarget } from '../../scripts/manifest-for';

/**
 * The window both browsers open with: the portal at a laptop's size. In Puppeteer's default 800×600
 * the guide panel covers the SAML cards' Edit buttons, so a test could not click them.
 */
export const VIEWPORT = { width: 1400, height: 900 };

/** The folder `npm run build` writes for a browser: dist/chrome, dist/firefox. */
export function distFolder(target: BrowserTarget): string {
  return fileURLToPath(new URL(`../../dist/${target}`, import.meta.url));
}

/** `dir` once it holds a built extension. */
export function requireBuiltExtension(dir: string): string {
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(`No built extension in ${dir}: run npm run build first.`);
  return dir;
}

const SNAPSHOT_TIMEOUT = 30_000;

/**
 * A private copy of the built extension, for a browser that reads an add-on's files lazily from
 * where it was installed (Firefox's temporary add-ons do): a rebuild during the run (an emptied
 * dist, new chunk names) then cannot pull files from under the running extension. A copy taken
 * while a build is writing is incomplete; it is taken again until every file the manifest names
 * is there. The caller removes the folder.
 */
export async function snapshotOfBuild(target: BrowserTarget): Promise<string> {
  const source = requireBuiltExtension(distFolder(target));
  const deadline = Date.now() + SNAPSHOT_TIMEOUT;
  for (;;) {
    const copy = mkdtempSync(join(tmpdir(), `sso-assistant-${target}-`));
    let missing: string[];
    try {
      cpSync(source, copy, { recursive: true });
      missing = filesNamedBy(readFileSync(join(copy, 'manifest.json'), 'utf8')).filter(
        (file) => !existsSync(join(copy, file)),
      );
    } catch (error) {
      missing = [`manifest.json (${String(error)})`];
    }
    if (missing.length === 0) return copy;
    rmSync(copy, { recursive: true, force: true });
    if (Date.now() > deadline)
      throw new Error(
        `${source} stayed incomplete for ${SNAPSHOT_TIMEOUT} ms (missing ${missing.join(', ')}): ` +
          'run npm run build and let it finish.',
      );
    await new Promise((tick) => setTimeout(tick, 250));
  }
}

/** The files a built manifest points at: background, content scripts, pages, exposed resources. */
function filesNamedBy(manifestText: string): string[] {
  const manifest = JSON.parse(manifestText) as {
    background?: { scripts?: string[]; service_worker?: string };
    content_scripts?: { js?: string[]; css?: string[] }[];
    action?: { default_popup?: string };
    options_ui?: { page?: string };
    web_accessible_resources?: { resources: string[] }[];
  };
  return [
    'manifest.json',
    ...(manifest.background?.scripts ?? []),
    ...(manifest.background?.service_worker ? [manifest.background.service_worker] : []),
    ...(manifest.content_scripts ?? []).flatMap((entry) => [
      ...(entry.js ?? []),
      ...(entry.css ?? []),
    ]),
    ...(manifest.action?.default_popup ? [manifest.action.default_popup] : []),
    ...(manifest.options_ui?.page ? [manifest.options_ui.page] : []),
    ...(manifest.web_accessible_resources ?? [])
      .flatMap((entry) => entry.resources)
      .filter((resource) => !resource.includes('*')),
  ];
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
