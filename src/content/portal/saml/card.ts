// Reads what the SAML page ("Set up Single Sign-On with SAML", docs/portal-facts.md#saml-page) shows as saved. Card
// 1, Basic SAML Configuration, is found by its title and its "Identifier (Entity ID)" and "Reply
// URL (Assertion Consumer Service URL)" rows (every language docs/portal-facts.md#translations confirms). Card 2,
// Attributes & Claims, is found where the guide finds its Edit button (site/read.ts: by its title
// where the language's title is known, else by its user.* rows), and read with card 1's row shape.

import type { ProviderProfile } from '../../../core/profile';
import { wordsOf } from '../../dom/target';
import { LABELS } from '../site/labels';
import { claimsCard } from '../site/read';
import { EDITABLE_TEXT_INPUT, labelElements, leafTexts, textOf } from './dom';

export interface SavedSaml {
  identifiers: string[];
  replyUrls: string[];
}

interface BasicSamlCard {
  identifierLabel: Element;
  replyUrlLabel: Element;
}

function findBasicSamlCard(root: ParentNode): BasicSamlCard | null {
  const cards: BasicSamlCard[] = [];
  for (const title of labelElements(root, wordsOf(LABELS.basicSamlConfiguration))) {
    for (let node = title.parentElement; node; node = node.parentElement) {
      const identifierLabel = labelElements(node, wordsOf(LABELS.identifier))[0];
      const replyUrlLabel = labelElements(node, wordsOf(LABELS.replyUrl))[0];
      if (!identifierLabel || !replyUrlLabel) continue;
      // The edit pane has the same title and labels, but text boxes: it is not the saved state.
      // Climbing from a pane whose rows live in a ReactView iframe reaches the whole page, which
      // holds card 1 too: an element with more than one such title is not a card.
      if (labelElements(node, wordsOf(LABELS.basicSamlConfiguration)).length > 1) break;
      if (!node.querySelector(EDITABLE_TEXT_INPUT)) cards.push({ identifierLabel, replyUrlLabel });
      break;
    }
  }
  return cards.length === 1 ? cards[0]! : null;
}

/**
 * The values next to a row's label: one per line, without the placeholder shown for an empty
 * field ("Required"). Identifiers and reply URLs are URIs, so they hold a ':', '/' or '.',
 * and never a space; the placeholder, in any language, is a plain word.
 */
function rowValues(label: Element): string[] {
  const holder = label.nextElementSibling;
  if (!holder) return [];
  return leafTexts(holder).filter((text) => /[:/.]/.test(text) && !/\s/.test(text));
}

/** The saved Identifier and Reply URL values card 1 shows, or null when the card is not there. */
export function readBasicSamlCard(root: ParentNode = document): SavedSaml | null {
  const card = findBasicSamlCard(root);
  if (!card) return null;
  return {
    identifiers: rowValues(card.identifierLabel),
    replyUrls: rowValues(card.replyUrlLabel),
  };
}

export interface Claim {
  /** The claim's name as the page shows it (short on the card, full in the claims blade). */
  name: string;
  /** Its source: an attribute such as `user.mail`, or a transformation. */
  source: string;
}

/**
 * Card 2's claims: each row's label is the claim's name, its value the source. Card 2 is the card
 * whose Edit button the guide points at (site/read.ts); its rows have the shape of card 1's.
 */
export function readClaimsCard(root: ParentNode = document): Claim[] | null {
  const row = findBasicSamlCard(root)?.identifierLabel.parentElement;
  const card = row ? claimsCard(root) : null;
  if (!row || !card) return null;
  return [...card.querySelectorAll(row.tagName)]
    .filter((el) => el.className === row.className && el.children.length === row.children.length)
    .map((el) => ({ name: textOf(el.children[0]!), source: textOf(el.children[1]!) }))
    .filter((claim) => claim.name && claim.source);
}

export type SavedVerdict =
  /** The list holds exactly the expected value. */
  | 'equal'
  /** The list holds the expected value and others (Entra accepts any value in the list). */
  | 'includes'
  /** The list is empty. */
  | 'missing'
  /** The list holds other values only. */
  | 'different';

function verdict(values: readonly string[], expected: string): SavedVerdict {
  if (values.length === 0) return 'missing';
  if (!values.includes(expected)) return 'different';
  return values.length === 1 ? 'equal' : 'includes';
}

/** The step is done only when the saved values hold the profile's, character for character. */
export function compareSavedSaml(
  saved: SavedSaml,
  profile: ProviderProfile,
): { done: boolean; identifier: SavedVerdict; replyUrl: SavedVerdict } {
  const identifier = verdict(saved.identifiers, profile.entityId);
  const replyUrl = verdict(saved.replyUrls, profile.replyUrl);
  const ok = (v: SavedVerdict) => v === 'equal' || v === 'includes';
  return { done: ok(identifier) && ok(replyUrl), identifier, replyUrl };
}
