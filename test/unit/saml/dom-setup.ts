// jsdom for the SAML fill-in tests: what a browser would give the content script. jsdom lays out
// nothing, so every element reports one small box (the snapshots hold only what was visible, and
// `hidden` still hides, as `isVisible` checks it); a frame is a macrotask.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function pretendLayout(): void {
  Element.prototype.getClientRects = function () {
    return [{ width: 1, height: 1 }] as unknown as DOMRectList;
  };
  Element.prototype.scrollIntoView = () => undefined;
  globalThis.requestAnimationFrame = (callback: FrameRequestCallback) =>
    setTimeout(() => callback(performance.now()), 0) as unknown as number;
}

// Vitest runs from the repository root (under jsdom, import.meta.url is not a file URL).
const FIXTURES = join(process.cwd(), 'test/unit/fixtures/portal');

/** The rehearsal's markup dialects (its README): `a`, today's pages; `b`, reference 4.1 and 12. */
export type Dialect = 'a' | 'b';

/** Makes the snapshot `<name>[.b].<lang>.html` the current document. */
export function loadSnapshot(name: string, lang: string, dialect: Dialect = 'a'): Document {
  const file = dialect === 'a' ? `${name}.${lang}.html` : `${name}.${dialect}.${lang}.html`;
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.replaceWith(document.importNode(parsed.documentElement, true));
  return document;
}
