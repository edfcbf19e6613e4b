// The Basic SAML Configuration pane (reference §4.6), Knockout mode in the top document. A right-side
// context pane closed with X; Save at the top (`li[title=Save]`, `[data-telemetryname=Command-Save]`),
// disabled until the pane is dirty and valid and enabled only after a short delay; "Identifier (Entity
// ID)" and "Reply URL (Assertion Consumer Service URL)" lists whose rows are added one at a time by the
// "Add identifier" / "Add reply URL" links (identifier row: input, Default, delete; reply row: input,
// Index, Default, delete); the three optional fields; inline validation (red "!" + message). After Save:
// a toast, then the prompt "Test single sign-on with <App>" (Yes / No, I'll test later).

import { h, generatedId, activate } from '../dom.js';
import { env, dialectB, isMissing } from '../env.js';
import { t } from '../labels.js';
import { icon } from '../icons.js';
import { observable, computed, effect, untracked, bindForeach } from '../ko.js';
import { server } from '../server.js';
import { sameSaml, validateSaml } from '../saml-rules.js';
import { commandBar } from '../controls/command-bar.js';
import { textBox, textField } from '../controls/text-box.js';
import { checkBox } from '../controls/check-box.js';
import { actionLink } from '../controls/button.js';
import { infoBalloon } from '../controls/info-balloon.js';
import { openReactViewPane } from '../reactview-host.js';
import { openTestPane } from './test-sso-pane.js';
import { identifierListB, replyUrlListB } from './b/basic-saml-lists.js';

const SAVE_ENABLE_DELAY_MS = 450; // §4.6/§8: Save becomes clickable only after a delay
const IDENTIFIER_CHECK_DEBOUNCE_MS = 300; // the IsValidIdentifierUri call (§4.9) is debounced

/** Card 1's Edit: the pane in the top document, or inside a ReactView iframe (`rehearsal-render`). */
export function editBasicSaml(shell, app, { prefill = null } = {}) {
  const current = server.app(app.objectId);
  if (env.render !== 'reactview') return openKnockoutPane(shell, current, prefill);
  return openReactViewPane(shell, {
    view: 'BasicSamlConfiguration',
    title: t('basicSamlConfiguration'),
    data: {
      app: { displayName: current.displayName, objectId: current.objectId },
      saved: current.saml,
      prefill,
      missing: env.missing,
    },
    handlers: {
      // The same rules as the Knockout pane, with the tenant-wide uniqueness check (IsValidIdentifierUri).
      validate: async (saml) => {
        const result = validateSaml(saml);
        const free = await Promise.all(
          saml.identifiers.map((r) =>
            r.value.trim() ? server.identifierAvailable(current.objectId, r.value.trim()) : true,
          ),
        );
        result.identifiers = result.identifiers.map((key, i) =>
          free[i] ? key : 'errorIdentifierNotUnique',
        );
        result.valid = result.valid && free.every(Boolean);
        result.dirty = !sameSaml(saml, server.app(current.objectId).saml);
        return result;
      },
      save: async (saml) => {
        const updated = await server.saveBasicSaml(current.objectId, saml);
        afterBasicSamlSave(shell, updated);
        return updated.saml;
      },
    },
  });
}

/** §4.6 "After Save": the notification, then the test prompt. */
export async function afterBasicSamlSave(shell, app) {
  shell.toast({
    title: t('savedSsoConfiguration'),
    description: t('savedSsoConfigurationText', app.displayName),
  });
  const answer = await shell.messageBox({
    title: t('testSsoWith', app.displayName),
    text: t('testSsoPrompt', app.displayName),
    buttons: [
      { key: 'yes', label: t('yes') },
      { key: 'later', label: t('noTestLater') },
    ],
  });
  if (answer === 'yes') openTestPane(shell, app);
}

function openKnockoutPane(shell, app, prefill) {
  return shell.openPane((pane) => {
    pane.setTitle(t('basicSamlConfiguration'));
    const model = new BasicSamlModel(app, prefill);
    pane.content.append(
      commandBar([
        {
          label: t('save'),
          icon: 'save',
          telemetry: 'Save',
          missing: isMissing('save'),
          enabled: model.saveEnabled,
          onClick: async () => {
            if (await model.save(shell)) afterBasicSamlSave(shell, server.app(app.objectId));
          },
        },
        { label: t('gotFeedback'), icon: 'feedback', telemetry: 'Feedback' },
      ]),
      h(
        'div',
        // Dialect B: no rehearsal-invented `ext-*` class and the lists as §12 form elements.
        { class: `fxs-contextpane-body msportalfx-form${dialectB ? '' : ' ext-basic-saml'}` },
        dialectB ? identifierListB(model) : identifierSection(model),
        dialectB ? replyUrlListB(model) : replyUrlSection(model),
        textField({
          label: t('signOnUrlOptional'),
          info: t('signOnUrlHelp'),
          value: model.signOnUrl,
          error: model.fieldError('signOnUrl'),
        }),
        textField({
          label: t('relayStateOptional'),
          info: t('relayStateHelp'),
          value: model.relayState,
        }),
        textField({
          label: t('logoutUrlOptional'),
          info: t('logoutUrlHelp'),
          value: model.logoutUrl,
          error: model.fieldError('logoutUrl'),
        }),
      ),
    );
  });
}

/** The pane's view model: rows, validation, dirty state and the delayed Save enablement. */
class BasicSamlModel {
  constructor(app, prefill) {
    this.app = app;
    this.saved = observable(app.saml);
    const start = prefill ? { ...app.saml, ...prefill } : app.saml;
    this.identifiers = observable(start.identifiers.map((r) => this.identifierRow(r, true)));
    this.replyUrls = observable(start.replyUrls.map((r) => this.replyRow(r)));
    this.signOnUrl = observable(start.signOnUrl || '');
    this.relayState = observable(start.relayState || '');
    this.logoutUrl = observable(start.logoutUrl || '');
    this.saving = observable(false);
    this.saveEnabled = observable(false);

    this.snapshot = computed(() => ({
      identifiers: this.identifiers().map((r) => ({ value: r.value(), isDefault: r.isDefault() })),
      replyUrls: this.replyUrls().map((r) => ({
        value: r.value(),
        index: r.index(),
        isDefault: r.isDefault(),
      })),
      signOnUrl: this.signOnUrl(),
      relayState: this.relayState(),
      logoutUrl: this.logoutUrl(),
    }));
    this.rules = computed(() => validateSaml(this.snapshot()));
    const canSave = computed(
      () =>
        !this.saving() &&
        !sameSaml(this.snapshot(), this.saved()) &&
        this.rules().valid &&
        this.identifiers().every((r) => r.check() === 'ok'),
    );
    let timer = null;
    effect(() => {
      const on = canSave();
      clearTimeout(timer);
      if (!on) this.saveEnabled(false);
      else timer = setTimeout(() => this.saveEnabled(canSave.peek()), SAVE_ENABLE_DELAY_MS);
    });
  }

  /** One "Default" per list: ticking one clears the others. */
  exclusiveDefault(row, list) {
    effect(() => {
      if (row.isDefault())
        untracked(() => list.peek().forEach((o) => o !== row && o.isDefault(false)));
    });
  }

  identifierRow(data, initial = false) {
    const row = {
      value: observable(data.value),
      isDefault: observable(Boolean(data.isDefault)),
      check: observable('ok'),
      timer: null,
    };
    if (initial)
      row.check(server.identifierAvailableNow(this.app.objectId, data.value) ? 'ok' : 'taken');
    let first = true;
    effect(() => {
      const value = row.value().trim();
      if (first) {
        first = false;
        return;
      }
      untracked(() => {
        clearTimeout(row.timer);
        if (!value) return row.check('ok');
        row.check('pending');
        row.timer = setTimeout(async () => {
          const free = await server.identifierAvailable(this.app.objectId, value);
          if (row.value.peek().trim() === value) row.check(free ? 'ok' : 'taken');
        }, IDENTIFIER_CHECK_DEBOUNCE_MS);
        return undefined;
      });
    });
    this.exclusiveDefault(row, { peek: () => this.identifiers?.peek() ?? [] });
    return row;
  }

  replyRow(data) {
    const row = {
      value: observable(data.value),
      index: observable(data.index === null || data.index === undefined ? '' : String(data.index)),
      isDefault: observable(Boolean(data.isDefault)),
    };
    this.exclusiveDefault(row, { peek: () => this.replyUrls?.peek() ?? [] });
    return row;
  }

  addIdentifier() {
    const row = this.identifierRow({ value: '', isDefault: this.identifiers.peek().length === 0 });
    this.identifiers([...this.identifiers.peek(), row]);
    return row;
  }

  addReplyUrl() {
    const row = this.replyRow({
      value: '',
      index: null,
      isDefault: this.replyUrls.peek().length === 0,
    });
    this.replyUrls([...this.replyUrls.peek(), row]);
    return row;
  }

  identifierError(row) {
    return () => {
      if (row.check() === 'taken') return t('errorIdentifierNotUnique');
      const key = this.rules().identifiers[this.identifiers().indexOf(row)];
      return key ? t(key) : '';
    };
  }

  replyError(row, part) {
    return () => {
      const key = this.rules().replyUrls[this.replyUrls().indexOf(row)]?.[part];
      return key ? t(key) : '';
    };
  }

  fieldError(name) {
    return () => {
      const key = this.rules()[name];
      return key ? t(key) : '';
    };
  }

  async save(shell) {
    if (!this.saveEnabled.peek()) return false;
    this.saving(true);
    try {
      const updated = await server.saveBasicSaml(this.app.objectId, this.snapshot.peek());
      this.saved(updated.saml);
      return true;
    } catch {
      shell.toast({
        title: t('saveFailed'),
        description: t('saveFailedText', this.app.displayName),
        kind: 'error',
      });
      return false;
    } finally {
      this.saving(false);
    }
  }
}

function sectionHeader(label, help, required) {
  const id = generatedId();
  return {
    id,
    el: h(
      'div',
      { class: 'ext-saml-section-header' },
      h('h3', { class: 'msportalfx-form-section-title', id }, label),
      required ? h('span', { class: 'azc-form-required', 'aria-hidden': 'true' }, ' *') : null,
      infoBalloon(help),
    ),
  };
}

function deleteButton(onDelete) {
  return activate(
    h(
      'div',
      {
        class: 'azc-grid-deleteButton fxs-fxclick',
        role: 'button',
        tabindex: '0',
        title: t('delete'),
        'aria-label': t('delete'),
      },
      icon('trash'),
    ),
    onDelete,
  );
}

/** Knockout editable grid: the rows of one list, each kept in place while others come and go. */
function editableGrid(headers, list, renderRow) {
  const body = h('tbody', { class: 'azc-grid-groupdata' });
  bindForeach(body, list, renderRow);
  const table = h(
    'table',
    { class: 'azc-grid-table', role: 'grid' },
    h(
      'thead',
      {},
      h(
        'tr',
        { role: 'row' },
        headers.map((label) => h('th', { role: 'columnheader' }, label)),
      ),
    ),
    body,
  );
  const wrapper = h('div', { class: 'fxc-base azc-control azc-grid azc-editableGrid' }, table);
  effect(() => {
    wrapper.hidden = list().length === 0;
  });
  return wrapper;
}

function identifierSection(model) {
  const header = sectionHeader(t('identifierEntityId'), t('identifierHelp'), true);
  const grid = editableGrid(['', t('default'), ''], model.identifiers, (row) =>
    h(
      'tr',
      { role: 'row', class: 'azc-grid-row' },
      h(
        'td',
        { class: 'ext-grid-value' },
        textBox({
          value: row.value,
          labelledBy: header.id,
          accessibleLabel: t('identifierEntityId'),
          error: model.identifierError(row),
        }),
      ),
      h(
        'td',
        { class: 'ext-grid-default' },
        checkBox({ checked: row.isDefault, ariaLabel: t('default') }),
      ),
      h(
        'td',
        { class: 'ext-grid-delete' },
        deleteButton(() => model.identifiers(model.identifiers.peek().filter((r) => r !== row))),
      ),
    ),
  );
  return h(
    'section',
    { class: 'ext-saml-section', role: 'group', 'aria-labelledby': header.id },
    header.el,
    grid,
    isMissing('add-identifier')
      ? null
      : actionLink({
          text: t('addIdentifier'),
          className: 'ext-add-row',
          onClick: () => focusLater(model.addIdentifier(), grid),
        }),
  );
}

function replyUrlSection(model) {
  const header = sectionHeader(t('replyUrlAcs'), t('replyUrlHelp'), true);
  const grid = editableGrid(['', t('index'), t('default'), ''], model.replyUrls, (row) =>
    h(
      'tr',
      { role: 'row', class: 'azc-grid-row' },
      h(
        'td',
        { class: 'ext-grid-value' },
        textBox({
          value: row.value,
          labelledBy: header.id,
          accessibleLabel: t('replyUrlAcs'),
          error: model.replyError(row, 'value'),
        }),
      ),
      h(
        'td',
        { class: 'ext-grid-index' },
        textBox({ value: row.index, ariaLabel: t('index'), error: model.replyError(row, 'index') }),
      ),
      h(
        'td',
        { class: 'ext-grid-default' },
        checkBox({ checked: row.isDefault, ariaLabel: t('default') }),
      ),
      h(
        'td',
        { class: 'ext-grid-delete' },
        deleteButton(() => model.replyUrls(model.replyUrls.peek().filter((r) => r !== row))),
      ),
    ),
  );
  return h(
    'section',
    { class: 'ext-saml-section', role: 'group', 'aria-labelledby': header.id },
    header.el,
    grid,
    isMissing('add-reply-url')
      ? null
      : actionLink({
          text: t('addReplyUrl'),
          className: 'ext-add-row',
          onClick: () => focusLater(model.addReplyUrl(), grid),
        }),
  );
}

/** Moves focus into the row just added (its input is the last one in the grid). */
function focusLater(_row, grid) {
  const inputs = grid.querySelectorAll('td.ext-grid-value input');
  inputs[inputs.length - 1]?.focus();
}
