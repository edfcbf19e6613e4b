// Loads a saved rehearsal snapshot (test/unit/fixtures/portal) into a jsdom document. Snapshots
// hold only what was visible, so "visible" here means "present and not hidden by attribute".

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

// A path, not a URL: under the jsdom environment `URL` is jsdom's.
const dir = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/portal');

export function snapshot(name: string): Document {
  return new JSDOM(readFileSync(join(dir, name), 'utf8')).window.document;
}

export const snapshotNames = (): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();

export const present = (el: Element): boolean => !el.closest('[hidden]');
