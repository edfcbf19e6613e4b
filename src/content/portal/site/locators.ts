// The portal's targets, as data (DESIGN.md, "Finding elements on pages that change under us").
// Each target lists strategies in order of trust. Confirmed facts of reference/azure-portal.md
// come first (labels, `data-telemetryname="Command-Save"`, `Menu-SignOn`, documented classes);
// guessed telemetry names are marked and only serve as fallbacks.

import { SUGGESTED_APP_NAME } from '../../../core/profile';
import type { Locator, Strategy } from '../../dom/locate';
import { LABELS } from './labels';
import { claimsCard, editButtons } from './read';

/** A command-bar item (reference 4.1), found by its label or its telemetry name. */
function command(
  name: string,
  label: readonly string[],
  telemetry: string,
  telemetryNote: string,
): Locator {
  return {
    name,
    strategies: [
      {
        css: '.fxs-commandBar-item-text, .ms-CommandBarItem-commandText',
        text: label,
        closest: '[role="button"], button',
        note: 'command bar item by its visible label (reference 4.1, 11)',
      },
      {
        css: `[data-telemetryname="Command-${telemetry}"]`,
        closest: '[role="button"], button',
        note: telemetryNote,
      },
    ],
  };
}

/** A control next to a label (a card's Edit pencil, a row's Download link). */
function near(
  label: readonly string[],
  css: string,
  text: readonly string[],
  note: string,
): Strategy {
  return { near: label, css, text, textStartsWith: true, note };
}

export const PORTAL = {
  assetPandaApp: {
    name: 'assetPandaApp',
    strategies: [
      {
        css: 'a, [role="link"]',
        text: [SUGGESTED_APP_NAME],
        note: 'the app in the list, by the suggested name',
      },
    ],
  },
  newApplication: command(
    'newApplication',
    LABELS.newApplication,
    'NewApplication',
    'telemetry name guessed',
  ),
  createYourOwnApplication: command(
    'createYourOwnApplication',
    LABELS.createYourOwnApplication,
    'CreateYourOwnApplication',
    'telemetry name guessed',
  ),
  appNameInput: {
    name: 'appNameInput',
    strategies: [
      {
        css: '.fxs-contextpane input[placeholder="Input name"]',
        note: 'reference 4.3 (sel-entra)',
      },
      {
        css: '',
        find: (root, visible) =>
          [...root.querySelectorAll('.fxs-contextpane')].flatMap((pane) => {
            const boxes = [...pane.querySelectorAll('input[type="text"]:not([readonly])')].filter(
              visible,
            );
            return boxes.length === 1 && pane.querySelector('input[type="radio"]') ? boxes : [];
          }),
        note: 'the one name box of a pane that also offers the radio choices (placeholder is translated)',
      },
    ],
  },
  createButton: {
    name: 'createButton',
    strategies: [
      {
        css: '.fxs-contextpane span.fxs-button-text',
        text: LABELS.create,
        closest: '[role="button"], button',
        note: 'reference 4.3: "Create" (span.fxs-button-text)',
      },
      {
        css: '.fxs-contextpane-footer .fxs-portal-button-primary',
        note: 'the pane footer primary button, whatever its language',
      },
    ],
  },
  menuSignOn: {
    name: 'menuSignOn',
    strategies: [
      {
        css: '[data-telemetryname="Menu-SignOn"]',
        closest: '.fxc-menu-listView-item, [role="link"], a',
        note: 'reference 4.1 (confirmed)',
      },
      { css: '.fxc-menu-listView-item', text: LABELS.singleSignOn, note: 'menu item by label' },
    ],
  },
  menuUsers: {
    name: 'menuUsers',
    strategies: [
      {
        css: '.fxc-menu-listView-item',
        text: LABELS.usersAndGroups,
        note: 'menu item by label (reference 4.8)',
      },
      {
        css: '[data-telemetryname="Menu-Users"]',
        closest: '.fxc-menu-listView-item, [role="link"], a',
        note: 'reference 4.1 (inferred)',
      },
    ],
  },
  samlTile: {
    name: 'samlTile',
    strategies: [
      {
        css: '.ext-ad-problem-details-card-tile-title',
        text: ['SAML', 'SAML/WS-Fed'],
        closest: '[role="button"], button, a',
        note: 'reference 4.4 tile titles (sel-entra)',
      },
      { css: '[role="button"], button', text: ['SAML'], note: 'a tile named SAML' },
    ],
  },
  editBasicSaml: {
    name: 'editBasicSaml',
    strategies: [
      near(
        LABELS.basicSamlConfiguration,
        '[role="button"], button',
        LABELS.edit,
        'card 1 pencil "Edit" (reference 4.5)',
      ),
    ],
  },
  editClaims: {
    name: 'editClaims',
    strategies: [
      near(
        LABELS.attributesAndClaims,
        '[role="button"], button',
        LABELS.edit,
        'card 2 pencil "Edit" (reference 4.5)',
      ),
      {
        css: '',
        find: (root, visible) => {
          const card = claimsCard(root, visible);
          return card ? editButtons(card) : [];
        },
        note: 'the Edit of the card listing user.* attributes, where the title is not known in this language',
      },
    ],
  },
  addNewClaim: command('addNewClaim', LABELS.addNewClaim, 'AddNewClaim', 'telemetry name guessed'),
  downloadMetadata: {
    name: 'downloadMetadata',
    strategies: [
      near(
        LABELS.federationMetadataXml,
        'a, [role="button"], button',
        LABELS.download,
        'the "Download" link next to "Federation Metadata XML" (reference 4.7)',
      ),
    ],
  },
  save: {
    name: 'save',
    strategies: [
      {
        css: '[data-telemetryname="Command-Save"]',
        closest: '[role="button"], button',
        note: 'reference 4.1 (confirmed)',
      },
      {
        css: 'li[title] [role="button"], [role="button"][aria-label], button',
        text: LABELS.save,
        note: 'Save by label',
      },
    ],
  },
  testLater: {
    name: 'testLater',
    strategies: [
      {
        css: '.fxs-messagebox [role="button"], .fxs-messagebox button, [role="dialog"] button',
        text: LABELS.testLater,
        note: 'post-save prompt (reference 4.6)',
      },
      {
        css: '',
        find: (root) =>
          [...root.querySelectorAll('.fxs-messagebox, [role="dialog"][aria-modal="true"]')].flatMap(
            (dialog) => {
              const answers = [...dialog.querySelectorAll('[role="button"], button')];
              return answers.length === 2 && answers[1] ? [answers[1]] : [];
            },
          ),
        note: 'inferred: the second of the prompt\'s two answers ("Yes" / "No, I\'ll test later"), whatever the language',
      },
    ],
  },
  paneClose: {
    name: 'paneClose',
    strategies: [
      {
        css: '.fxs-contextpane .fxs-blade-close, .fxs-contextpane [role="button"][title="Close"]',
        note: 'the pane X (reference 4.6: "choose Save, and then choose X")',
      },
    ],
  },
  addUserGroup: command(
    'addUserGroup',
    LABELS.addUserGroup,
    'AddUserGroup',
    'telemetry name guessed',
  ),
  noneSelected: {
    name: 'noneSelected',
    strategies: [
      {
        css: 'a, [role="link"], [role="button"]',
        text: ['None Selected'],
        note: 'reference 4.8 (English)',
      },
      {
        near: LABELS.usersAndGroups,
        css: 'a, [role="link"]',
        levels: 1,
        note: 'the link under "Users and groups" in Add Assignment',
      },
    ],
  },
  pickerSelect: {
    name: 'pickerSelect',
    strategies: [
      {
        css: '.fxs-contextpane span.fxs-button-text',
        text: ['Select'],
        closest: '[role="button"], button',
        note: 'picker "Select" (reference 4.8)',
      },
      {
        css: '.fxs-contextpane-footer .fxs-portal-button-primary',
        note: 'the picker pane footer primary button',
      },
    ],
  },
  assign: {
    name: 'assign',
    strategies: [
      {
        css: 'span.fxs-button-text',
        text: LABELS.assign,
        closest: '[role="button"], button',
        note: 'reference 4.8 "Assign"',
      },
      {
        css: '.fxs-blade-actionbar .fxs-portal-button-primary, .fxs-blade-footer .fxs-portal-button-primary',
        note: 'the blade footer primary button',
      },
    ],
  },
} as const satisfies Record<string, Locator>;

export type PortalTarget = keyof typeof PORTAL;
