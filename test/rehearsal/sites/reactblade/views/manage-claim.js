// "Manage claim" as a ReactView: Name, Namespace, Source (Attribute / Transformation), Source attribute
// (a Fluent Dropdown: opens and selects on click), Save disabled until dirty and valid. Validation
// and saving go through the shell, which closes the blade after a successful save.

import { h, newId } from '../react-lite.js';
import { translator, SAVE_ENABLE_DELAY_MS, VALIDATE_DEBOUNCE_MS } from './labels.js';

function parseSource(source) {
  const match = /^(\w+)\((.*)\)$/.exec(source || '');
  return match
    ? { kind: 'transformation', transformation: match[1], attribute: match[2] }
    : { kind: 'attribute', transformation: null, attribute: source || '' };
}

/** `ui` is the Fluent component kit of the page's dialect (fluent.js or fluent9.js). */
export function createView({ data, labels, bridge, ui }) {
  const { CommandBar, TextField, ChoiceGroup, Dropdown, DROPDOWN_ROOT, DROPDOWN_POPUP } = ui;
  const t = translator(labels);
  const parsed = parseSource(data.claim.source);
  const state = {
    name: data.claim.name,
    namespace: data.claim.namespace || '',
    kind: parsed.kind,
    attribute: parsed.attribute,
    transformation: parsed.transformation || data.transformations[0],
    open: null,
    active: -1,
    errors: { name: null, source: null },
    saving: false,
    saveEnabled: false,
  };
  const ids = {
    name: newId('TextField'),
    namespace: newId('TextField'),
    source: newId('ChoiceGroup'),
    attribute: newId('Dropdown'),
    transformation: newId('Dropdown'),
  };
  const view = { update: () => {}, render };
  const source = () =>
    state.kind === 'attribute'
      ? state.attribute
      : state.attribute
        ? `${state.transformation}(${state.attribute})`
        : '';
  const claim = () => ({ name: state.name, namespace: state.namespace, source: source() });
  /** Errors are shown only for the values they were computed for. */
  const current = () => state.validatedFor === JSON.stringify(claim());
  const dirty = () =>
    state.name !== data.claim.name ||
    state.namespace !== (data.claim.namespace || '') ||
    source() !== data.claim.source;

  let enableTimer = null;
  const canSave = () =>
    !state.saving &&
    dirty() &&
    !state.errors.name &&
    !state.errors.source &&
    state.validatedFor === JSON.stringify(claim());
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
    const key = JSON.stringify(claim());
    const errors = await bridge.request('validate', claim());
    if (JSON.stringify(claim()) !== key) return;
    state.errors = errors;
    state.validatedFor = key;
    refreshSave();
    view.update();
  };
  const set = (patch) => {
    Object.assign(state, patch);
    refreshSave();
    clearTimeout(validateTimer);
    validateTimer = setTimeout(validate, VALIDATE_DEBOUNCE_MS);
    view.update();
  };
  const save = async () => {
    if (!state.saveEnabled) return;
    state.saving = true;
    state.saveEnabled = false;
    view.update();
    try {
      await bridge.request('save', claim());
    } catch {
      state.saving = false;
      validate();
    }
  };

  const dropdownKeys = (name, options, select) => (event) => {
    const open = state.open === name;
    if (!open && ['Enter', ' ', 'ArrowDown'].includes(event.key)) {
      event.preventDefault();
      set({
        open: name,
        active: Math.max(
          0,
          options.findIndex((o) => o.key === state[name]),
        ),
      });
    } else if (open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      set({ active: Math.min(options.length - 1, Math.max(0, state.active + step)) });
    } else if (open && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      select(options[state.active].key);
    } else if (open && (event.key === 'Escape' || event.key === 'Tab')) {
      set({ open: null });
    }
  };
  const dropdown = (name, label, options, placeholder) => {
    const select = (key) => set({ [name]: key, open: null });
    return Dropdown({
      id: ids[name],
      label,
      options,
      selectedKey: state[name],
      placeholder,
      open: state.open === name,
      active: state.active,
      onToggle: (event) => {
        if (event.target.closest(DROPDOWN_POPUP)) return;
        set({
          open: state.open === name ? null : name,
          active: Math.max(
            0,
            options.findIndex((o) => o.key === state[name]),
          ),
        });
      },
      onSelect: select,
      onKeyDown: dropdownKeys(name, options, select),
      errorMessage:
        name === 'attribute' && current() && state.errors.source && dirty()
          ? t(state.errors.source)
          : '',
    });
  };
  document.addEventListener('mousedown', (event) => {
    if (state.open && !event.target.closest(DROPDOWN_ROOT)) set({ open: null });
  });

  const attributeOptions = data.attributes.map((a) => ({ key: a, text: a }));
  const transformationOptions = data.transformations.map((x) => ({ key: x, text: `${x}()` }));
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
          {
            key: 'Discard',
            text: t('discardChanges'),
            icon: 'Cancel',
            onClick: () =>
              set({
                name: data.claim.name,
                namespace: data.claim.namespace || '',
                ...parseSource(data.claim.source),
                transformation: parsed.transformation || data.transformations[0],
              }),
          },
          { key: 'Feedback', text: t('gotFeedback'), icon: 'Feedback' },
        ].filter(Boolean),
      }),
      h(
        'div',
        { className: 'reactview-body' },
        TextField({
          id: ids.name,
          label: t('name'),
          required: true,
          value: state.name,
          onChange: (e) => set({ name: e.target.value }),
          errorMessage:
            current() && state.errors.name && state.name !== data.claim.name
              ? t(state.errors.name)
              : '',
        }),
        TextField({
          id: ids.namespace,
          label: t('namespace'),
          value: state.namespace,
          onChange: (e) => set({ namespace: e.target.value }),
        }),
        ChoiceGroup({
          id: ids.source,
          label: t('source'),
          selectedKey: state.kind,
          onChange: (kind) => set({ kind }),
          options: [
            { key: 'attribute', text: t('sourceKindAttribute') },
            { key: 'transformation', text: t('sourceKindTransformation') },
          ],
        }),
        state.kind === 'transformation'
          ? dropdown('transformation', t('transformation'), transformationOptions, '')
          : null,
        dropdown(
          'attribute',
          state.kind === 'attribute' ? t('sourceAttribute') : t('parameter1'),
          attributeOptions,
          t('selectAttribute'),
        ),
      ),
    );
  }

  validate();
  return view;
}
