import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STEP_IDS } from '../../../src/core/steps';

const root = new URL('../../../', import.meta.url).pathname;
const load = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(root, 'public/_locales', lang, 'messages.json'), 'utf8'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('_locales', () => {
  const en = load('en');
  it('German has exactly the English keys, each translated', () => {
    const de = load('de');
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(de[key]?.message, key).toBeTruthy();
  });

  it('has every key the code asks for', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(root, 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g))
        used.add(match[1]!);
    }
    for (const id of STEP_IDS) {
      const key = id.replaceAll('-', '_');
      used.add(`step_${key}_title`).add(`step_${key}_instruction`);
    }
    const missing = [...used].filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });
});
