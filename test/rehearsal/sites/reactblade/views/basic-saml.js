// The Basic SAML Configuration pane as a ReactView (reference §3.2/§4.6): Fluent UI markup, controlled
// inputs, the same sections, rows, links and rules as the Knockout pane. Validation and saving go
// through the shell (the tenant-wide identifier check is a server call); Save is disabled until the
// shell reports the form dirty and valid, and enabled only after a delay.

import { h, newId } from '../react-lite.js';
import { translator, SAVE_ENABLE_DELAY_MS, VALIDATE_DEBOUNCE_MS } from './labels.js';

/** `ui` is the Fluent component kit of the page's dialect (fluent.js or fluent9.js). */
export function createView({ data, labels, bridge, ui }) {
  const { CommandBar, TextField, Checkbox, Link, IconButton, RowList, Grid } = ui;
  const t = translator(labels);
  const start = data.prefill ? { ...data.saved, ...data.prefill } : data.saved;
  let nextRow = 0;
  const row = (fields) => ({ id: (nextRow += 1), ...fields });
  const state = {
    identifiers: start.identifiers.map((r) => row({ value: r.value, isDefault: r.isDefault })),
    replyUrls: start.replyUrls.map((r) =>
      row({
        value: r.value,
        index: r.index === null || r.index === undefined ? '' : String(r.index),
        isDefault: r.isDefault,
      }),
    ),
    signOnUrl: start.signOnUrl || '',
    relayState: start.relayState || '',
    logoutUrl: start.logoutUrl || '',
    validation: null,
    validatedFor: null,
    saving: false,
    saveEnabled: false,
    saveError: false,
  };
  const ids = {
    identifierLabel: newId('Label'),
    replyLabel: newId('Label'),
    signOnUrl: newId('TextField'),
    relayState: newId('TextField'),
    logoutUrl: newId('TextField'),
  };
  const view = { update: () => {}, render };

  const snapshot = () => ({
    identifiers: state.identifiers.map(({ value, isDefault }) => ({ value, isDefault })),
    replyUrls: state.replyUrls.map(({ value, index, isDefault }) => ({ value, index, isDefault })),
    signOnUrl: state.signOnUrl,
    relayState: state.relayState,
    logoutUrl: state.logoutUrl,
  });
  const canSave = () =>
    !state.saving &&
    state.validation?.valid &&
    state.validation.dirty &&
    state.validatedFor === JSON.stringify(snapshot());

  let enableTimer = null;
  const refreshSave = () => {
    clearTimeout(enableTimer);
    if (!canSave()) state.saveEnabled = false;
    else
      enableTimer = setTimeout(() => {
        state.saveEnabled = Boolean(canSave());
        view.update();
      }, SAVE_ENABLE_DELAY_MS);
  };

  let validateTimer = null;
  const validate = async () => {
    const key = JSON.stringify(snapshot());
    const result = await bridge.request('validate', snapshot());
    if (JSON.stringify(snapshot()) !== key) return;
    state.validation = result;
    state.validatedFor = key;
    refreshSave();
    view.update();
  };
  const changed = () => {
    state.saveError = false;
    refreshSave();
    clearTimeout(validateTimer);
    validateTimer = setTimeout(validate, VALIDATE_DEBOUNCE_MS);
    view.update();
  };
  const setRow = (list, id, patch) => {
    state[list] = state[list].map((r) => {
      if (r.id === id) return { ...r, ...patch };
      return patch.isDefault ? { ...r, isDefault: false } : r;
    });
    changed();
  };
  const addRow = (list, fields) => {
    state[list] = [...state[list], row({ ...fields, isDefault: state[list].length === 0 })];
    changed();
  };
  const removeRow = (list, id) => {
    state[list] = state[list].filter((r) => r.id !== id);
    changed();
  };
  const setField = (name) => (event) => {
    state[name] = event.target.value;
    changed();
  };
  const save = async () => {
    if (!state.saveEnabled) return;
    state.saving = true;
    state.saveEnabled = false;
    view.update();
    try {
      await bridge.request('save', snapshot());
    } catch {
      state.saveError = true;
    } finally {
      state.saving = false;
    }
    validate();
  };

  /** Errors are shown for the rows they were computed for. */
  const errorFor = (list, i, part) => {
    const result = state.validation?.[list];
    if (!result || result.length !== state[list].length) return '';
    const key = part ? result[i]?.[part] : result[i];
    return key ? t(key) : '';
  };
  const fieldError = (name) => (state.validation?.[name] ? t(state.validation[name]) : '');

  function identifierRows() {
    return Grid({
      hidden: state.identifiers.length === 0,
      headers: ['', t('default'), ''],
      rows: state.identifiers.map((r, i) => ({
        key: r.id,
        cells: [
          {
            className: 'reactview-grid-value',
            node: TextField({
              id: `TextField-id-${r.id}`,
              value: r.value,
              ariaLabelledBy: ids.identifierLabel,
              errorMessage: errorFor('identifiers', i),
              onChange: (e) => setRow('identifiers', r.id, { value: e.target.value }),
            }),
          },
          {
            node: Checkbox({
              id: `checkbox-id-${r.id}`,
              checked: r.isDefault,
              ariaLabel: t('default'),
              onChange: (e) => setRow('identifiers', r.id, { isDefault: e.target.checked }),
            }),
          },
          {
            node: IconButton({
              icon: 'Delete',
              ariaLabel: t('delete'),
              onClick: () => removeRow('identifiers', r.id),
            }),
          },
        ],
      })),
    });
  }

  function replyRows() {
    return Grid({
      hidden: state.replyUrls.length === 0,
      headers: ['', t('index'), t('default'), ''],
      rows: state.replyUrls.map((r, i) => ({
        key: r.id,
        cells: [
          {
            className: 'reactview-grid-value',
            node: TextField({
              id: `TextField-reply-${r.id}`,
              value: r.value,
              ariaLabelledBy: ids.replyLabel,
              errorMessage: errorFor('replyUrls', i, 'value'),
              onChange: (e) => setRow('replyUrls', r.id, { value: e.target.value }),
            }),
          },
          {
            className: 'reactview-grid-index',
            node: TextField({
              id: `TextField-index-${r.id}`,
              value: r.index,
              ariaLabel: t('index'),
              errorMessage: errorFor('replyUrls', i, 'index'),
              onChange: (e) => setRow('replyUrls', r.id, { index: e.target.value }),
            }),
          },
          {
            node: Checkbox({
              id: `checkbox-reply-${r.id}`,
              checked: r.isDefault,
              ariaLabel: t('default'),
              onChange: (e) => setRow('replyUrls', r.id, { isDefault: e.target.checked }),
            }),
          },
          {
            node: IconButton({
              icon: 'Delete',
              ariaLabel: t('delete'),
              onClick: () => removeRow('replyUrls', r.id),
            }),
          },
        ],
      })),
    });
  }

  const missing = (target) => (data.missing || []).includes(target);

  function render() {
    return h(
      'div',
      { className: 'reactview-pane' },
      CommandBar({
        items: [
          missing('save')
            ? null
            : {
                key: 'Save',
                text: t('save'),
                icon: 'Save',
                disabled: !state.saveEnabled,
                onClick: save,
              },
          { key: 'Feedback', text: t('gotFeedback'), icon: 'Feedback' },
        ].filter(Boolean),
      }),
      h(
        'div',
        { className: 'reactview-body' },
        state.saveError
          ? h(
              'div',
              { className: 'ms-MessageBar ms-MessageBar--error', role: 'alert' },
              t('saveFailedText', data.app.displayName),
            )
          : null,
        RowList({
          labelId: ids.identifierLabel,
          label: t('identifierEntityId'),
          help: t('identifierHelp'),
          grid: identifierRows(),
          link: missing('add-identifier')
            ? null
            : Link({
                onClick: () => addRow('identifiers', { value: '' }),
                children: t('addIdentifier'),
              }),
        }),
        RowList({
          labelId: ids.replyLabel,
          label: t('replyUrlAcs'),
          help: t('replyUrlHelp'),
          grid: replyRows(),
          link: missing('add-reply-url')
            ? null
            : Link({
                onClick: () => addRow('replyUrls', { value: '', index: '' }),
                children: t('addReplyUrl'),
              }),
        }),
        TextField({
          id: ids.signOnUrl,
          label: t('signOnUrlOptional'),
          value: state.signOnUrl,
          onChange: setField('signOnUrl'),
          errorMessage: fieldError('signOnUrl'),
        }),
        TextField({
          id: ids.relayState,
          label: t('relayStateOptional'),
          value: state.relayState,
          onChange: setField('relayState'),
        }),
        TextField({
          id: ids.logoutUrl,
          label: t('logoutUrlOptional'),
          value: state.logoutUrl,
          onChange: setField('logoutUrl'),
          errorMessage: fieldError('logoutUrl'),
        }),
      ),
    );
  }

  validate();
  return view;
}
