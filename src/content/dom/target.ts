// The registry shape both sites' locators share, for pages whose markup changes under us and that
// nobody here can open: a target is data, the way a screen reader would find it. Roles, accessible names in
// every supported language (each word marked confirmed, inferred or guessed), an optional relation
// to a label, and an optional CSS hint that is trusted first but never needed. The engine that
// evaluates a target is find.ts; this module has no DOM code, so registries stay plain data.

/** How sure we are of a word, marked as docs/portal-facts.md and docs/assetpanda-facts.md mark facts. */
export type Certainty = 'confirmed' | 'inferred' | 'guessed';

export interface Word {
  text: string;
  certainty: Certainty;
}

/**
 * Words per language: BCP 47 tags as the sites use them (`en`, `de`, `pt-BR`, `zh-Hans`). A
 * language without an entry has no known word: the target then relies on roles and relations.
 */
export type Names = Readonly<Partial<Record<string, readonly Word[]>>>;

export const confirmed = (text: string): Word => ({ text, certainty: 'confirmed' });
export const inferred = (text: string): Word => ({ text, certainty: 'inferred' });
export const guessed = (text: string): Word => ({ text, certainty: 'guessed' });

/** Words that are the same in every language (a name the admin gave): the `und` language tag. */
export const anyLanguage = (text: string): Names => ({ und: [confirmed(text)] });

/** ARIA roles, as `dom-accessibility-api`'s getRole names them (implicit or explicit). */
export type Role =
  | 'button'
  | 'checkbox'
  | 'combobox'
  | 'complementary'
  | 'dialog'
  | 'gridcell'
  | 'heading'
  | 'link'
  | 'menuitem'
  | 'option'
  | 'radio'
  | 'radiogroup'
  | 'region'
  | 'row'
  | 'tab'
  | 'textbox'
  | 'treeitem';

/**
 * The target is tied to a label ("the control labelled X", "the Edit of the card titled X"). First
 * by relation: the control's `aria-labelledby`, `label[for]`, a wrapping `label`, or its
 * `aria-describedby` names the label. When no candidate has such a tie, by proximity: the first
 * candidate after the label in document order, inside the smallest ancestor of the label that
 * holds one, never crossing into a peer's territory (an ancestor holding another field's label
 * bounds the search to the stretch before that label).
 */
export interface Relation {
  /** The label's own text (a required marker or info balloon beside it does not count). */
  label: Names;
  /** Labels of the other fields of the same form or page: they bound the proximity search. */
  peers?: readonly Names[];
  /**
   * What proximity takes: `first` candidate after the label (a field), `all` of them in the
   * label's territory (a list's rows), or the `only` one (several: nothing).
   */
  take?: 'first' | 'all' | 'only';
}

export interface Target {
  /** For reports (the perturbation suite's survival table, the mismatch report). */
  name: string;
  /** The element's role: one of these (implicit from the tag, or explicit). */
  roles: readonly Role[];
  /** Its accessible name must be one of these (in any language); absent: any name. */
  names?: Names;
  /**
   * `required` (default): a candidate must have one of the names. `preferred`: the names pick
   * among several candidates, but are not needed (no word is known in every language).
   */
  nameRule?: 'required' | 'preferred';
  /** Match the name as a prefix ("Test single sign-on with <App>"). */
  namePrefix?: boolean;
  relation?: Relation;
  /**
   * Only candidates that show words (or carry one of the names) count: icon-only controls (an
   * info balloon's button, a row's trash can), named by an attribute alone, do not.
   */
  showsText?: boolean;
  /** Candidates inside an element of one of these roles do not count (a row's own buttons). */
  notInside?: readonly Role[];
  /** Only candidates inside an element of one of these roles count (a pane's own Close). */
  inside?: readonly Role[];
  /**
   * A toolkit selector (a telemetry name, a documented class) that is trusted first: when it
   * matches anything visible, it decides (the match is climbed to the closest element of the
   * target's roles; among several, the names pick). Never needed: without it the roles, names and
   * relation find the target.
   */
  hint?: string;
  /**
   * Code for a relation the data above cannot state (e.g. "the Edit of the card that lists user.*
   * attributes", for a language whose card title is not known): tried only when roles, names and
   * relation find nothing. Certainty still applies to what it returns.
   */
  fallback?: (root: ParentNode, visible: (element: Element) => boolean) => Element[];
  /** Why this target looks the way it does: the facts doc heading its evidence is under. */
  note?: string;
}

const texts = new WeakMap<Names, string[]>();

/** Every word of `names` in every language, once (memoized: registries are constants). */
export function wordsOf(names: Names): readonly string[] {
  let words = texts.get(names);
  if (!words) {
    words = [
      ...new Set(
        Object.values(names)
          .flatMap((list) => list ?? [])
          .map((w) => w.text),
      ),
    ];
    texts.set(names, words);
  }
  return words;
}
