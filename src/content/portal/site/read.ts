// Reads what the SAML page's cards show: "label: value" rows under a card title (reference 4.5,
// 4.7). Found by the localized label texts and the page's structure, not by class names, since
// the card markup is extension-specific and undocumented.

import { isVisible, labelElements, normalizeText } from '../../dom/locate';
import { LABELS } from './labels';

const EDIT = LABELS.edit.map(normalizeText);

/** The pencil "Edit" controls inside an element. */
export function editButtons(scope: Element): Element[] {
  return [...scope.querySelectorAll('[role="button"], button')].filter((b) =>
    [b.textContent ?? '', b.getAttribute('aria-label') ?? '', b.getAttribute('title') ?? '']
      .map(normalizeText)
      .some((name) => EDIT.some((e) => name === e || name.startsWith(`${e} `))),
  );
}

/** A card holds its own pencil "Edit" (a pane or blade with the same title does not). */
const hasEdit = (card: Element): boolean => editButtons(card).length > 0;

/**
 * Card 2, Attributes & Claims: by its title where the title is known in the portal's language,
 * else the one card whose rows name `user.*` source attributes (true in every language).
 */
export function claimsCard(root: ParentNode, visible = isVisible): Element | null {
  const byTitle = cardOf(root, LABELS.attributesAndClaims, visible);
  if (byTitle) return byTitle;
  const cards = [...root.querySelectorAll('section, [role="region"], article')].filter(
    (card) =>
      visible(card) &&
      editButtons(card).length === 1 &&
      propertyRows(card).some((row) => row.values.some((v) => /^user\.[a-z]+$/i.test(v))),
  );
  return cards.length === 1 ? (cards[0] ?? null) : null;
}

/**
 * The SAML page card under a title (reference 4.5): the title's section, region or article that
 * holds a pencil "Edit" (card 3 holds it in its sub-section). Exactly one, or null.
 */
function cardOf(root: ParentNode, titles: readonly string[], visible = isVisible): Element | null {
  const cards = labelElements(root, titles)
    .filter((title) => /^H[1-6]$/.test(title.tagName) || title.getAttribute('role') === 'heading')
    .map((title) => title.closest('section, [role="region"], article'))
    .filter((card): card is Element => !!card && visible(card) && hasEdit(card));
  return cards.length === 1 ? (cards[0] ?? null) : null;
}

/** Every "label → values" row of a card (e.g. the claims on card 2). */
export function propertyRows(card: Element): { label: string; values: string[] }[] {
  const rows: { label: string; values: string[] }[] = [];
  for (const value of card.querySelectorAll('*')) {
    const label = value.previousElementSibling;
    if (!label || label.children.length || value.parentElement?.children.length !== 2) continue;
    const text = label.textContent?.trim();
    if (!text) continue;
    const values = (value.children.length ? [...value.children] : [value])
      .map((c) => c.textContent?.trim() ?? '')
      .filter(Boolean);
    rows.push({ label: text, values });
  }
  return rows;
}

/**
 * Card 3, the token signing certificate: the card holding the "Federation Metadata XML" row
 * (a confirmed label in every language), found by that label and its own pencil "Edit".
 */
export function certificateCard(root: ParentNode, visible = isVisible): Element | null {
  const cards = labelElements(root, LABELS.federationMetadataXml)
    .map((label) => {
      let scope: Element | null = label.parentElement;
      while (scope && !editButtons(scope).length) scope = scope.parentElement;
      return scope;
    })
    .filter((card): card is Element => !!card && visible(card));
  return cards.length === 1 ? (cards[0] ?? null) : null;
}

/** The App Federation Metadata Url, on either host the portal shows it on (reference 5, 12). */
const METADATA_URL =
  /^https:\/\/login\.(?:microsoftonline\.com|windows\.net)\/[^/]+\/federationmetadata\/2007-06\/federationmetadata\.xml/i;
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;

/**
 * What card 3 shows: its thumbprint is the 40-hex value, its metadata URL the login address and
 * its Notification Email the one e-mail address, whatever the rows are called.
 */
export function readCertificateCard(
  root: ParentNode,
  visible = isVisible,
): {
  thumbprint: string | null;
  metadataUrl: string | null;
  notificationEmail: string | null;
} | null {
  const card = certificateCard(root, visible);
  if (!card) return null;
  const values = propertyRows(card).flatMap((row) => row.values);
  const inputs = [...card.querySelectorAll('input')].map((i) => (i as HTMLInputElement).value);
  return {
    thumbprint: values.find((v) => /^[0-9A-F]{40}$/i.test(v))?.toUpperCase() ?? null,
    metadataUrl: [...inputs, ...values].find((v) => METADATA_URL.test(v)) ?? null,
    notificationEmail: values.find((v) => EMAIL.test(v)) ?? null,
  };
}
