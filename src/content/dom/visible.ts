// What a person can see: the one visibility rule every locator shares.

/** Visible: laid out with a size, and not `hidden` (hidden panes stay in the DOM in the portal). */
export function isVisible(element: Element): boolean {
  if (element.closest('[hidden]')) return false; // aria-hidden content is still seen
  const rects = element.getClientRects();
  return rects.length > 0 && Array.from(rects).some((r) => r.width > 0 && r.height > 0);
}
