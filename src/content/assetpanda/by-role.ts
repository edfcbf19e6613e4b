// Finding a control the way a screen reader announces it (issue 13 part 1; by role and accessible
// name, never by a toolkit's markup): its W3C role and accessible name (aria-labelledby, aria-label, label, an
// image's alt, title, text), computed by dom-accessibility-api. A gear that is only an `img` with
// `alt="Settings"`, a Preferences `menuitem`, an SSO `tab` are all found alike.

import { computeAccessibleName, getRole } from 'dom-accessibility-api';
import { labelPattern, type Strategy } from '../dom/locate';

export type Role = 'button' | 'link' | 'menuitem' | 'tab' | 'treeitem' | 'option';

/** Elements that may carry one of the roles, natively or by `role`. */
const CANDIDATES =
  'button, a[href], summary, input[type="button"], input[type="submit"], [role]:not([role="none"]):not([role="presentation"])';

const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/**
 * Everything an accessible name of these roles can be made of, squashed: a cheap first test, as
 * computing the name (styles included) of every button and link of a page is not cheap.
 */
function nameSources(element: Element): string {
  const parts = [element.textContent ?? '', element.getAttribute('value') ?? ''];
  for (const part of [element, ...element.querySelectorAll('[aria-label], [title], img[alt]')])
    for (const attribute of ['aria-label', 'title', 'alt'])
      parts.push(part.getAttribute(attribute) ?? '');
  for (const id of (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean))
    parts.push(element.ownerDocument.getElementById(id)?.textContent ?? '');
  return squash(parts.join(' '));
}

/** A locator strategy: the visible elements with one of `roles` named one of `names`. */
export function byRoleAndName(
  roles: readonly Role[],
  names: readonly string[],
  note?: string,
): Strategy {
  const pattern = labelPattern(names);
  const squashed = names.map(squash);
  return {
    css: CANDIDATES,
    find: (root) =>
      Array.from(root.querySelectorAll(CANDIDATES)).filter((element) => {
        const sources = nameSources(element);
        if (!squashed.some((name) => sources.includes(name))) return false;
        const role = getRole(element);
        return (
          !!role &&
          (roles as readonly string[]).includes(role) &&
          pattern.test(computeAccessibleName(element))
        );
      }),
    ...(note ? { note } : {}),
  };
}
