// MUI TextField (outlined), with a React-controlled <input>. Markup as MUI v5 renders it:
//   div.MuiFormControl-root.MuiTextField-root
//     label.MuiInputLabel-root[for=id][id=id-label]  "Connection Name<span aria-hidden> *</span>"
//     div.MuiInputBase-root.MuiOutlinedInput-root
//       input#id.MuiInputBase-input[aria-invalid][aria-describedby=id-helper-text]
//       fieldset.MuiOutlinedInput-notchedOutline > legend > span
//     p#id-helper-text.MuiFormHelperText-root
import { attr, h, toggleClass, useId } from '../lib/dom.js';
import { controlled } from '../lib/controlled.js';

export function textField({
  label,
  name,
  type = 'text',
  required = false,
  autoComplete,
  placeholder,
  onChange,
  onBlur,
}) {
  const id = useId();
  const helperId = `${id}-helper-text`;
  const asterisk = required
    ? h('span', { 'aria-hidden': 'true', class: 'MuiFormLabel-asterisk' }, ' *')
    : null;
  const labelEl = h(
    'label',
    {
      class: 'MuiFormLabel-root MuiInputLabel-root MuiInputLabel-outlined',
      for: id,
      id: `${id}-label`,
    },
    label,
    asterisk,
  );
  const input = h('input', {
    id,
    name,
    type,
    required,
    autocomplete: autoComplete,
    placeholder,
    'aria-invalid': 'false',
    class: 'MuiInputBase-input MuiOutlinedInput-input',
  });
  const legend = h('legend', {}, h('span', {}, label, required ? ' *' : ''));
  const base = h(
    'div',
    { class: 'MuiInputBase-root MuiOutlinedInput-root MuiInputBase-formControl' },
    input,
    h('fieldset', { 'aria-hidden': 'true', class: 'MuiOutlinedInput-notchedOutline' }, legend),
  );
  const helper = h('p', { class: 'MuiFormHelperText-root', id: helperId });
  const root = h('div', { class: 'MuiFormControl-root MuiTextField-root' }, labelEl, base, helper);

  let props = { value: '', error: null, helperText: '', disabled: false };
  let focused = false;
  const sync = controlled(input, (value) => onChange(value));

  function update(next = {}) {
    props = { ...props, ...next };
    const { value, error, helperText, disabled } = props;
    const shrink = focused || value !== '' || Boolean(placeholder);
    const invalid = Boolean(error);
    for (const el of [labelEl, base, helper]) toggleClass(el, 'Mui-error', invalid);
    for (const el of [labelEl, base]) toggleClass(el, 'Mui-focused', focused);
    toggleClass(labelEl, 'MuiInputLabel-shrink', shrink);
    labelEl.dataset.shrink = String(shrink);
    toggleClass(base, 'MuiOutlinedInput-notched', shrink);
    toggleClass(base, 'Mui-disabled', disabled);
    input.disabled = disabled;
    input.setAttribute('aria-invalid', String(invalid));
    const text = error || helperText;
    helper.textContent = text ?? '';
    helper.hidden = !text;
    attr(input, 'aria-describedby', text ? helperId : null);
    sync(value);
  }

  // Focus is component state in MUI: it re-renders, and a re-render writes the value back.
  input.addEventListener('focus', () => {
    focused = true;
    update();
  });
  input.addEventListener('blur', () => {
    focused = false;
    update();
    onBlur?.();
  });

  update();
  return { root, input, update };
}
