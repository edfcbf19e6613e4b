// The lint stage refuses an import cycle, type-only ones included: `npm run lint` runs
// dependency-cruiser with the project's .dependency-cruiser.js. Run here on two planted modules
// in a temporary folder, through the same command line and config, so the test fails if the rule
// stops seeing type-only imports or is unplugged from the lint script.

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const cli = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
let dir = '';

async function cruise(files: Record<string, string>): Promise<{ code: number; output: string }> {
  dir = await mkdtemp(join(tmpdir(), 'no-cycle-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [cli, '--config', '.dependency-cruiser.js', dir],
      { cwd: root },
    );
    return { code: 0, output: stdout };
  } catch (error) {
    const { code, stdout } = error as { code: number; stdout: string };
    return { code, output: stdout };
  }
}

afterEach(() => rm(dir, { recursive: true, force: true }));

describe('no-cycle (dependency-cruiser)', { timeout: 20_000 }, () => {
  it('refuses two modules that import each other only for types', async () => {
    const { code, output } = await cruise({
      'a.ts': "import type { B } from './b';\nexport interface A { b?: B }\n",
      'b.ts': "import type { A } from './a';\nexport interface B { a?: A }\n",
    });
    expect(code).not.toBe(0);
    expect(output).toMatch(/error no-cycle: .*a\.ts/);
  });

  it('accepts the same modules once the shared type moved down into its own', async () => {
    const { code, output } = await cruise({
      'shared.ts': 'export interface A { b?: B }\nexport interface B { a?: A }\n',
      'a.ts': "import type { A } from './shared';\nexport const a: A = {};\n",
      'b.ts': "import type { B } from './shared';\nexport const b: B = {};\n",
    });
    expect(output).not.toMatch(/no-cycle/);
    expect(code).toBe(0);
  });

  it('runs in npm run lint, over the extension, its tests and its scripts', async () => {
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts['lint']).toMatch(/(^|&& )depcruise src test scripts( &&|$)/);
    expect(pkg.scripts['test']).toContain('npm run lint');
  });
});
