// The Asset Panda page's locators, in one place, as data built from its words (labels.ts) and the
// organization's word overrides (words.ts), which are tried first.

import type { Locator } from '../dom/locate';
import type { EnableType } from '../../core/transfer-steps';
import type { AssetPandaWordTarget, WordOverrides } from '../../core/word-overrides';
import { byRoleAndName } from './by-role';
import { ENABLE_TYPE_WORDS, WORDS } from './labels';
import { currentOverrides, wordsFor } from './words';

const ENABLE_TYPE_TARGETS = {
  all: 'enable-all',
  domains: 'enable-domains',
  disabled: 'disable-all',
} as const satisfies Record<EnableType, AssetPandaWordTarget>;

/** The words of each Enable Type choice (Asset Panda's, from the help page), overrides first. */
export const enableTypeWords = (type: EnableType): readonly string[] =>
  wordsFor(ENABLE_TYPE_TARGETS[type], ENABLE_TYPE_WORDS[type]);

/** Roles a step of the help page's path may have: a link, a button, a menu's item, a tab. */
const PATH_ROLES = ['link', 'button', 'menuitem', 'tab', 'treeitem'] as const;

/**
 * The controls on the way to the SSO form, each with strategies in order of trust. Built from the
 * words in force (word overrides first), so the same page is looked at with the same locators.
 */
function buildLocators() {
  const settings = wordsFor('settings', WORDS.settings.texts);
  const preferences = wordsFor('preferences', WORDS.preferences.texts);
  const sso = wordsFor('sso-tab', WORDS.sso.texts);
  const add = wordsFor('add-button', WORDS.addNewSso.texts);
  const save = wordsFor('save-button', WORDS.save.texts);
  return {
    /** Signed in: the gear in the top bar (its name may come from an image's alt or a title). */
    settingsButton: {
      name: 'settings',
      strategies: [
        { css: 'header button, header a, nav button', text: settings },
        byRoleAndName(['button', 'link', 'menuitem'], settings, 'by role and accessible name'),
      ],
    },
    /** Signed out: the sign-in form (Asset Panda's own, or Cognito's hosted page on its origin). */
    passwordField: {
      name: 'sign-in',
      strategies: [{ css: 'input[type="password"]' }],
    },
    /** Preferences: a link, a settings card, an item of the menu the gear opened, a tab. */
    preferencesLink: {
      name: 'preferences',
      strategies: [
        byRoleAndName(PATH_ROLES, preferences),
        {
          css: 'a[href] span, a[href] div, a[href] h2, a[href] h3',
          text: preferences,
          closest: 'a[href]',
          note: 'a card whose title is one part of the link',
        },
      ],
    },
    /** The Single sign-on (SSO) screen: a tab of Preferences, or a link or menu item to it. */
    ssoTab: {
      name: 'sso-tab',
      strategies: [byRoleAndName(['tab'], sso), byRoleAndName(PATH_ROLES, sso)],
    },
    /** "Add new SSO": on the SSO page, and the mark that the page is reached. */
    addButton: {
      name: 'add-button',
      strategies: [byRoleAndName(['button', 'link'], add)],
    },
    /** The "Add new SSO" dialog (or inline form), by its title. */
    dialog: {
      name: 'dialog',
      strategies: [
        {
          css: '[role="dialog"] h1, [role="dialog"] h2, [role="dialog"] h3, [role="dialog"] .dx-popup-title, [role="dialog"] .dx-toolbar-label',
          text: add,
          closest: '[role="dialog"]',
        },
        { css: '[role="dialog"][aria-label]', text: add },
        { css: 'dialog[open] h1, dialog[open] h2, dialog[open] h3', text: add, closest: 'dialog' },
        {
          css: 'form[aria-label], form h1, form h2, form h3',
          text: add,
          closest: 'form',
          note: 'a form shown in the page rather than in a dialog, named after "Add new SSO"',
        },
      ],
    },
    /** The saved connections. */
    connectionsTable: {
      name: 'connections-table',
      strategies: [
        {
          css: 'table[aria-label], [role="grid"][aria-label], [role="table"][aria-label]',
          text: WORDS.connectionsTable.texts,
        },
        {
          css: 'table:not([role]), [role="grid"], [role="table"]',
          note: 'the only table or grid on the SSO page (a data grid draws its parts as tables)',
        },
      ],
    },
    /** Inside the dialog. */
    saveButton: {
      name: 'save-button',
      strategies: [{ css: 'button[type="submit"]', text: save }, byRoleAndName(['button'], save)],
    },
    cancelButton: {
      name: 'cancel',
      strategies: [byRoleAndName(['button'], WORDS.cancel.texts)],
    },
  } as const satisfies Record<string, Locator>;
}

let built: { words: WordOverrides; locators: ReturnType<typeof buildLocators> } | null = null;

/** The locators for the words in force. */
export function locators(): ReturnType<typeof buildLocators> {
  const words = currentOverrides();
  if (built?.words !== words) built = { words, locators: buildLocators() };
  return built.locators;
}

/** A page still loading: MUI's CircularProgress (the SSO table shows its own while it loads). */
export const LOADING = '[role="progressbar"]';

/** A form busy saving: a busy or disabled submit button (its label may change), or a spinner. */
export const SAVING = `[aria-busy="true"], button[type="submit"]:disabled, ${LOADING}`;
