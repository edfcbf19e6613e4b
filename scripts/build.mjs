// Builds the extension for each browser from the one source (dist/chrome, dist/firefox) and zips
// each for its store (release/). Plain Node so it runs before anything else is compiled.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const targets = ['chrome', 'firefox'];
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

for (const target of targets) {
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, TARGET: target },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

mkdirSync('release', { recursive: true });
for (const target of targets) {
  const dir = join('dist', target);
  const files = {};
  for (const file of walk(dir)) files[relative(dir, file)] = readFileSync(file);
  // A fixed time keeps the zips reproducible from the same sources.
  const zip = zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  const out = join('release', `asset-panda-sso-assistant-${version}-${target}.zip`);
  writeFileSync(out, zip);
  console.log(`${out} (${(zip.length / 1024).toFixed(1)} KiB)`);
}

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}
