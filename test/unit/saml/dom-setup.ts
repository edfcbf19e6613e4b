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

/** Makes the snapshot `<name>.<lang>.html` the current document. */
export function loadSnapshot(name: string, lang: 'en' | 'de'): Document {
  const html = readFileSync(join(FIXTURES, `${name}.${lang}.html`), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.replaceWith(document.importNode(parsed.documentElement, true));
  return document;
}
