// The portal's targets, as data (the words are in labels.ts, the evidence in docs/portal-facts.md), in
// the shape both sites share (dom/target.ts) and evaluated by one engine (dom/find.ts). Each is
// found by role, accessible name and relation to a label; a confirmed toolkit selector
// (`data-telemetryname="Command-Save"`, `Menu-SignOn`, documented
// classes) is a first, trusted hint, never the only way. No target needs a wrapper element
// (docs/portal-facts.md#markup-we-must-not-assume).

import { SUGGESTED_APP_NAME } from '../../../core/profile';
import { anyLanguage, type Names, type Role, type Target } from '../../dom/target';
import { LABELS } from './labels';
import { claimsCardEdit, testLaterAnswer, theNameBox } from './read';

/** What a command-bar item, a tile or a footer button can be (Knockout divs, Fluent buttons). */
const COMMAND: readonly Role[] = ['button', 'menuitem', 'link'];

/**
 * A command-bar item (docs/portal-facts.md#knockout-controls) by its name. Its `Command-<Name>` telemetry name follows the
 * confirmed `Command-Save`; the names after `Save` are guessed, but an element carrying one is the
 * command it names.
 */
function command(name: string, names: Names, telemetry: string): Target {
  return {
    name,
    roles: COMMAND,
    names,
    hint: `[data-telemetryname="Command-${telemetry}"]`,
    note: 'command bar item by its name (docs/portal-facts.md#knockout-controls)',
  };
}

/** The SAML page's card titles (docs/portal-facts.md#saml-page): each card's Edit is the one after its title. */
const CARD_TITLES: readonly Names[] = [
  LABELS.basicSamlConfiguration,
  LABELS.attributesAndClaims,
  LABELS.samlCertificates,
];

/** The Basic SAML pane's field labels (docs/portal-facts.md#basic-saml-pane): each bounds the others' territories. */
export const PANE_FIELDS: readonly Names[] = [
  LABELS.identifier,
  LABELS.replyUrl,
  LABELS.signOnUrl,
  LABELS.relayState,
  LABELS.logoutUrl,
];

/** The certificate card's rows with a Download link (docs/portal-facts.md#certificate-card). */
const CERTIFICATE_ROWS: readonly Names[] = [
  LABELS.certificateBase64,
  LABELS.certificateRaw,
  LABELS.federationMetadataXml,
  LABELS.appFederationMetadataUrl,
];

const others = (all: readonly Names[], self: Names) => all.filter((names) => names !== self);

/** A card's pencil "Edit" (docs/portal-facts.md#saml-page): a button named "Edit …" after the card's title. */
function cardEdit(name: string, title: Names, fallback?: Target['fallback']): Target {
  return {
    name,
    roles: ['button', 'link'],
    names: LABELS.edit,
    namePrefix: true,
    relation: { label: title, peers: others(CARD_TITLES, title) },
    ...(fallback ? { fallback } : {}),
    note: 'the pencil "Edit" of the card (docs/portal-facts.md#saml-page)',
  };
}

/** A list of the Basic SAML pane (docs/portal-facts.md#basic-saml-pane): its rows' text boxes, and its "Add …" link. */
function paneList(field: Names, addName: string, add: Names): { rows: Target; add: Target } {
  const peers = others(PANE_FIELDS, field);
  return {
    rows: {
      name: `${addName}Rows`,
      roles: ['textbox'],
      inside: ['row'],
      relation: { label: field, peers, take: 'all' },
      note: "the text boxes in the list's grid rows, tied to its label by aria-labelledby (docs/portal-facts.md#markup-we-must-not-assume)",
    },
    add: {
      name: addName,
      roles: ['link', 'button'],
      names: add,
      nameRule: 'preferred',
      showsText: true,
      notInside: ['row'],
      relation: { label: field, peers, take: 'only' },
      note: 'the one link with words after the label, outside the rows (docs/portal-facts.md#basic-saml-pane: links; English name only); an info balloon beside the label is icon-only (#markup-we-must-not-assume)',
    },
  };
}

const IDENTIFIER = paneList(LABELS.identifier, 'addIdentifier', LABELS.addIdentifier);
const REPLY_URL = paneList(LABELS.replyUrl, 'addReplyUrl', LABELS.addReplyUrl);

export const PORTAL = {
  assetPandaApp: {
    name: 'assetPandaApp',
    roles: ['link'],
    names: anyLanguage(SUGGESTED_APP_NAME),
    note: 'the app in the list, by the suggested name (docs/portal-facts.md#enterprise-applications-list)',
  },
  newApplication: command('newApplication', LABELS.newApplication, 'NewApplication'),
  createYourOwnApplication: command(
    'createYourOwnApplication',
    LABELS.createYourOwnApplication,
    'CreateYourOwnApplication',
  ),
  appNameInput: {
    name: 'appNameInput',
    roles: ['textbox'],
    hint: 'input[placeholder="Input name"]',
    relation: { label: LABELS.appNameQuestion },
    fallback: theNameBox,
    note: 'docs/portal-facts.md#create-your-own-application: the box under "What\'s the name of your app?", placeholder "Input name"',
  },
  createButton: {
    name: 'createButton',
    roles: ['button'],
    names: LABELS.create,
    inside: ['complementary', 'dialog'],
    note: 'docs/portal-facts.md#create-your-own-application: "Create" (span.fxs-button-text) in the pane',
  },
  menuSignOn: {
    name: 'menuSignOn',
    roles: ['link', 'menuitem', 'tab', 'button'],
    names: LABELS.singleSignOn,
    hint: '[data-telemetryname="Menu-SignOn"]',
    note: 'docs/portal-facts.md#knockout-controls (Menu-SignOn confirmed)',
  },
  menuUsers: {
    name: 'menuUsers',
    roles: ['link', 'menuitem', 'tab', 'button'],
    names: LABELS.usersAndGroups,
    note: 'menu item by its name (docs/portal-facts.md#users-and-groups)',
  },
  samlTile: {
    name: 'samlTile',
    roles: ['button', 'link', 'radio'],
    names: LABELS.saml,
    hint: '.ext-ad-problem-details-card-tile-title',
    note: 'docs/portal-facts.md#sso-method-picker: tile titles',
  },
  editBasicSaml: cardEdit('editBasicSaml', LABELS.basicSamlConfiguration),
  editClaims: cardEdit('editClaims', LABELS.attributesAndClaims, claimsCardEdit),
  addNewClaim: command('addNewClaim', LABELS.addNewClaim, 'AddNewClaim'),
  downloadMetadata: {
    name: 'downloadMetadata',
    roles: ['link', 'button'],
    names: LABELS.download,
    namePrefix: true,
    relation: {
      label: LABELS.federationMetadataXml,
      peers: others(CERTIFICATE_ROWS, LABELS.federationMetadataXml),
    },
    note: 'the "Download" link next to "Federation Metadata XML" (docs/portal-facts.md#certificate-card)',
  },
  save: {
    name: 'save',
    roles: ['button', 'menuitem'],
    names: LABELS.save,
    hint: '[data-telemetryname="Command-Save"]',
    note: 'docs/portal-facts.md#knockout-controls (Command-Save confirmed); Fluent command bars by name',
  },
  testLater: {
    name: 'testLater',
    roles: ['button'],
    names: LABELS.testLater,
    fallback: testLaterAnswer,
    note: 'the post-save prompt (docs/portal-facts.md#basic-saml-pane)',
  },
  paneClose: {
    name: 'paneClose',
    roles: ['button'],
    names: LABELS.close,
    inside: ['complementary', 'dialog'],
    hint: '.fxs-contextpane .fxs-blade-close',
    note: 'the pane X (docs/portal-facts.md#basic-saml-pane: "choose Save, and then choose X")',
  },
  addUserGroup: command('addUserGroup', LABELS.addUserGroup, 'AddUserGroup'),
  noneSelected: {
    name: 'noneSelected',
    roles: ['link'],
    names: LABELS.noneSelected,
    nameRule: 'preferred',
    relation: { label: LABELS.usersAndGroups },
    note: 'docs/portal-facts.md#users-and-groups: the "None Selected" link under "Users and groups" in Add Assignment',
  },
  pickerSelect: {
    name: 'pickerSelect',
    roles: ['button'],
    names: LABELS.select,
    inside: ['complementary', 'dialog'],
    hint: '.fxs-contextpane-footer .fxs-portal-button-primary',
    note: 'picker "Select" (docs/portal-facts.md#users-and-groups), the pane footer primary button',
  },
  assign: {
    name: 'assign',
    roles: ['button'],
    names: LABELS.assign,
    hint: '.fxs-blade-footer .fxs-portal-button-primary, .fxs-blade-actionbar .fxs-portal-button-primary',
    note: 'docs/portal-facts.md#users-and-groups: "Assign", the blade footer primary button',
  },
  identifierRows: IDENTIFIER.rows,
  addIdentifier: IDENTIFIER.add,
  replyUrlRows: REPLY_URL.rows,
  addReplyUrl: REPLY_URL.add,
} as const satisfies Record<string, Target>;

export type PortalTarget = keyof typeof PORTAL;
