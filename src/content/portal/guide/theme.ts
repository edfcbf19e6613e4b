// The guide follows the portal's theme, not only the system's: the Azure portal has a theme
// setting of its own (light, dark, high contrast), so an admin with a dark portal on a light
// system should not get a white panel over it. What the page paints is read off the page itself
// (the background of its body, else of its root, else its `color-scheme`), which needs none of
// the portal's class names (no public source gives them). A page that says nothing either way gets
// the system's preference.

export type Theme = 'light' | 'dark';

/** [r, g, b, alpha] of a computed `rgb()`/`rgba()` colour, or null for anything else. */
export function parseRgb(color: string): [number, number, number, number] | null {
  const match =
    /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
      color.trim(),
    );
  if (!match) return null;
  const [r, g, b] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  const alphaText = match[4];
  const alpha =
    alphaText === undefined
      ? 1
      : alphaText.endsWith('%')
        ? Number(alphaText.slice(0, -1)) / 100
        : Number(alphaText);
  return [r, g, b, alpha];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function luminance([r, g, b]: readonly number[]): number {
  const linear = (channel = 0) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Below this luminance a background reads as dark (mid-grey #777 is about 0.18). */
const DARK_BELOW = 0.18;

export function pageTheme(doc: Document, systemPrefersDark: boolean): Theme {
  const view = doc.defaultView;
  if (!view) return systemPrefersDark ? 'dark' : 'light';
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const rgba = parseRgb(view.getComputedStyle(element).backgroundColor);
    if (rgba && rgba[3] >= 0.5) return luminance(rgba) < DARK_BELOW ? 'dark' : 'light';
  }
  // Older engines (and jsdom) have no colorScheme property.
  const scheme = (view.getComputedStyle(doc.documentElement).colorScheme || '').split(/\s+/);
  if (scheme.includes('dark') && !scheme.includes('light')) return 'dark';
  if (scheme.includes('light') && !scheme.includes('dark')) return 'light';
  return systemPrefersDark ? 'dark' : 'light';
}

/**
 * Keeps `host`'s data-theme in step with the page. A theme switch changes the root elements'
 * class or style, so only those two elements are watched (not their subtrees): the page's
 * ordinary work never reaches this.
 */
export function followPageTheme(host: HTMLElement, doc: Document = document): () => void {
  const media = doc.defaultView?.matchMedia('(prefers-color-scheme: dark)') ?? null;
  const apply = () => {
    const theme = pageTheme(doc, media?.matches ?? false);
    if (host.getAttribute('data-theme') !== theme) host.setAttribute('data-theme', theme);
  };
  apply();
  // At most one look per frame, however often a page rewrites its root's class.
  let pending = false;
  const onChange = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      apply();
    });
  };
  const observer = new MutationObserver(onChange);
  for (const element of new Set([doc.documentElement, doc.body]))
    if (element)
      observer.observe(element, {
        attributes: true,
        attributeFilter: ['class', 'style', 'data-theme'],
      });
  media?.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    media?.removeEventListener('change', onChange);
  };
}
