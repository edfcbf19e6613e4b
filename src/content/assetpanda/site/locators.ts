// Asset Panda's targets, as data (found by role, name and relation, never by a toolkit's markup), in
// the shape both sites share (dom/target.ts) and evaluated by the same engine as the portal's
// (dom/find.ts): by role and accessible name (label, aria-label, an image's alt, title, text), so a
// gear that is only an `img` with `alt`, a Preferences `menuitem` and an SSO `tab` are all found
// alike (issue 13 part 1). Nothing here needs a toolkit's class: the help page's words and the
// roles are all we know of the real page (docs/assetpanda-facts.md#toolkit).

import type { AssetPandaWordTarget } from '../../../core/word-overrides';
import { type Names, type Role, type Target, wordsOf } from '../../dom/target';
import { labelElements } from '../../dom/text';
import { withWords } from '../../words';
import { LABELS } from './labels';

/** Roles a step of the help page's path may have: a link, a button, a menu's item, a tab. */
const PATH: readonly Role[] = ['link', 'button', 'menuitem', 'tab', 'treeitem'];

/**
 * The elements around a text that says one of `words` (a `part` of them, when given): for what
 * the roles and names cannot state, tried only when they find nothing.
 */
function around(words: Names, container: string, part?: string): NonNullable<Target['fallback']> {
  return (root, visible) => [
    ...new Set(
      labelElements(root, wordsOf(words))
        .filter((text) => !part || text.matches(part))
        .map((text) => text.closest(container))
        .filter((found): found is Element => !!found && visible(found)),
    ),
  ];
}

export const ASSET_PANDA = {
  /** Signed in: the gear in the top bar (its name may come from an image's alt or a title). */
  settings: {
    name: 'settings',
    roles: ['button', 'link', 'menuitem'],
    names: LABELS.settings,
    // The app's top bar first: a breadcrumb or a page title may say "Settings" too.
    hint: 'header :is(button, a, [role]), [role="banner"] :is(button, a, [role]), [role="toolbar"] :is(button, a, [role])',
    note: 'the gear, "Settings icon" in the top bar (help page step 9), by role and accessible name',
  },
  /** Preferences: a link, a settings card, an item of the menu the gear opened, a tab. */
  preferences: {
    name: 'preferences',
    roles: PATH,
    names: LABELS.preferences,
    fallback: around(LABELS.preferences, 'a[href]'),
    note: 'help page step 9 "Preferences"; a settings card whose title is part of its link',
  },
  /** The Single sign-on (SSO) screen: a tab of Preferences, or a link or menu item to it. */
  'sso-tab': {
    name: 'sso-tab',
    roles: PATH,
    names: LABELS.sso,
    note: 'help page step 10 "Single sign-on (SSO)": a tab, a link or a menu item',
  },
  /** "Add new SSO": on the SSO page, and the mark that the page is reached. */
  'add-button': {
    name: 'add-button',
    roles: ['button', 'link'],
    names: LABELS.addNewSso,
    note: 'help page step 10 "Add new SSO"',
  },
  /** The "Add new SSO" dialog, or a form shown in the page, named after it. */
  dialog: {
    name: 'dialog',
    roles: ['dialog', 'form'],
    names: LABELS.addNewSso,
    fallback: around(LABELS.addNewSso, '[role="dialog"], dialog[open], form', 'h1, h2, h3'),
    note: 'a dialog or named form titled "Add new SSO" (its aria-labelledby), else by its heading',
  },
  /** The saved connections: the table or grid, by its name when there are several. */
  'connections-table': {
    name: 'connections-table',
    roles: ['table', 'grid'],
    names: LABELS.connectionsTable,
    nameRule: 'preferred',
    note: 'the SSO page list (a data grid draws its header and rows as presentation tables)',
  },
  /** Inside the dialog. */
  'save-button': {
    name: 'save-button',
    roles: ['button'],
    names: LABELS.save,
    note: 'help page step 13 "Save"',
  },
  cancel: { name: 'cancel', roles: ['button'], names: LABELS.cancel, note: 'the dialog’s Cancel' },
} as const satisfies Record<string, Target>;

export type AssetPandaTarget = keyof typeof ASSET_PANDA;

/** The word-override target (core/word-overrides.ts) whose words each target is also found by. */
const OVERRIDDEN_BY: Partial<Record<AssetPandaTarget, AssetPandaWordTarget>> = {
  settings: 'settings',
  preferences: 'preferences',
  'sso-tab': 'sso-tab',
  'add-button': 'add-button',
  // The dialog is named after the button that opens it.
  dialog: 'add-button',
  'save-button': 'save-button',
};

/** The target with the word overrides in force tried first. */
export function target(key: AssetPandaTarget): Target {
  const words = OVERRIDDEN_BY[key];
  return words ? withWords(ASSET_PANDA[key], `assetpanda.${words}`) : ASSET_PANDA[key];
}

/** A page still loading: MUI's CircularProgress (the SSO table shows its own while it loads). */
export const LOADING = '[role="progressbar"]';

/** A form busy saving: a busy or disabled submit button (its label may change), or a spinner. */
export const SAVING = `[aria-busy="true"], button[type="submit"]:disabled, ${LOADING}`;
