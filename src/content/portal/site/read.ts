// Reads what the SAML page's cards show: "label: value" rows under a card title (docs/portal-facts.md#saml-page,
// #certificate-card). Found by the localized label texts and the page's structure, not by class names or
// wrapper elements (a card is what holds one pencil "Edit"), since the card markup is
// extension-specific and undocumented (docs/portal-facts.md#markup-we-must-not-assume).
// Light on purpose (no accessible-name engine): the metadata capture reads the certificate card
// from content-script start-up.

import { wordsOf } from '../../dom/target';
import { labelElements, normalizeText } from '../../dom/text';
import { isVisible } from '../../dom/visible';
import { LABELS } from './labels';

const EDIT = wordsOf(LABELS.edit).map(normalizeText);

/** The pencil "Edit" controls inside an element. */
export function editButtons(scope: Element): Element[] {
  return [...scope.querySelectorAll('[role="button"], button')].filter((b) =>
    [b.textContent ?? '', b.getAttribute('aria-label') ?? '', b.getAttribute('title') ?? '']
      .map(normalizeText)
      .some((name) => EDIT.some((e) => name === e || name.startsWith(`${e} `))),
  );
}

/** A card: the largest ancestor of `inner` that holds exactly one visible pencil "Edit". */
function cardAround(inner: Element, visible: (element: Element) => boolean): Element | null {
  let card: Element | null = null;
  for (let node: Element | null = inner; node; node = node.parentElement) {
    const edits = editButtons(node).filter(visible).length;
    if (edits > 1) break;
    if (edits === 1) card = node;
  }
  return card;
}

/** Every card of the page: one per visible pencil "Edit". */
function cards(root: ParentNode, visible: (element: Element) => boolean): Element[] {
  const scope = (root as Document).body ?? root;
  const edits = editButtons(scope as Element).filter(visible);
  return [...new Set(edits.map((edit) => cardAround(edit, visible)))].filter(
    (card): card is Element => !!card,
  );
}

const listsUserAttributes = (card: Element) =>
  propertyRows(card).some((row) => row.values.some((v) => /^user\.[a-z]+$/i.test(v)));

/**
 * Card 2, Attributes & Claims: by its title where the title is known in the portal's language,
 * else the one card whose rows name `user.*` source attributes (true in every language).
 */
export function claimsCard(root: ParentNode, visible = isVisible): Element | null {
  const byTitle = cardOf(root, wordsOf(LABELS.attributesAndClaims), visible);
  if (byTitle) return byTitle;
  const found = cards(root, visible).filter(listsUserAttributes);
  return found.length === 1 ? found[0]! : null;
}

/** The pencil "Edit" of card 2, whatever the card's title (the portal target's fallback). */
export function claimsCardEdit(root: ParentNode, visible = isVisible): Element[] {
  const card = claimsCard(root, visible);
  return card ? editButtons(card).filter(visible) : [];
}

/**
 * The SAML page card under a title (docs/portal-facts.md#saml-page): the largest ancestor of the title that holds
 * one pencil "Edit" (card 3 holds it in its sub-section). Exactly one, or null.
 */
function cardOf(root: ParentNode, titles: readonly string[], visible = isVisible): Element | null {
  const found = labelElements(root, titles)
    .filter(visible)
    .map((title) => cardAround(title, visible))
    .filter((card): card is Element => !!card && visible(card));
  return found.length === 1 ? found[0]! : null;
}

/** Every "label → values" row of a card (e.g. the claims on card 2). */
export function propertyRows(card: Element): { label: string; values: string[] }[] {
  const rows: { label: string; values: string[] }[] = [];
  for (const value of card.querySelectorAll('*')) {
    const label = value.previousElementSibling;
    if (!label || value.parentElement?.children.length !== 2) continue;
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
  const cards = labelElements(root, wordsOf(LABELS.federationMetadataXml))
    .map((label) => {
      let scope: Element | null = label.parentElement;
      while (scope && !editButtons(scope).length) scope = scope.parentElement;
      return scope;
    })
    .filter((card): card is Element => !!card && visible(card));
  return cards.length === 1 ? (cards[0] ?? null) : null;
}

/** The App Federation Metadata Url, on either host the portal shows it on (docs/portal-facts.md#metadata-url). */
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

/**
 * Create your own application (docs/portal-facts.md#create-your-own-application), in a language whose question is not known: the one
 * text box of a pane that also offers the radio choices.
 */
export function theNameBox(root: ParentNode, visible = isVisible): Element[] {
  const panes = [...root.querySelectorAll('[role="complementary"], [role="dialog"]')];
  return panes.flatMap((pane) => {
    const boxes = [...pane.querySelectorAll('input[type="text"]:not([readonly])')].filter(visible);
    return boxes.length === 1 && pane.querySelector('input[type="radio"], [role="radio"]')
      ? boxes
      : [];
  });
}

/**
 * The post-save prompt's second answer ("Yes" / "No, I'll test later", docs/portal-facts.md#basic-saml-pane), in a
 * language whose words are not known: a modal with exactly two answers.
 */
export function testLaterAnswer(root: ParentNode): Element[] {
  const dialogs = root.querySelectorAll('.fxs-messagebox, [role="dialog"][aria-modal="true"]');
  return [...dialogs].flatMap((dialog) => {
    const answers = [...dialog.querySelectorAll('[role="button"], button')];
    return answers.length === 2 && answers[1] ? [answers[1]] : [];
  });
}
