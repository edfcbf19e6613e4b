// Loads a saved rehearsal snapshot (test/unit/fixtures/portal) into a jsdom document. Snapshots
// hold only what was visible, so "visible" here means "present and not hidden by attribute".

import { readdirSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const dir = new URL('../fixtures/portal/', import.meta.url);

export function snapshot(name: string): Document {
  return new JSDOM(readFileSync(new URL(name, dir), 'utf8')).window.document;
}

export const snapshotNames = (): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();

export const present = (el: Element): boolean => !el.closest('[hidden]');
