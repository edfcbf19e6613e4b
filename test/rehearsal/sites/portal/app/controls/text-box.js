// Knockout text box (reference §4.1): `div.azc-formElementSubLabelContainer > div.azc-formElementContainer
// > div.fxc-base.azc-control.azc-editableControl.azc-validatableControl.azc-inputbox.azc-textBox
// .azc-validatableControl-none[data-control][data-editable][data-canfocus] > div.azc-inputbox-wrapper
// .azc-textBox-wrapper > input.azc-input.azc-formControl.azc-validation-border`, then
// `label.fxs-hide-accessible-label`. No ids. Validity is on the input as `data-validatable-control-valid`;
// an invalid value shows the red "!" (hover shows the message) and the message below the control
// (`azc-validationBelowCtrl`, reference §4.1/§4.6 "How an invalid value is shown").

import { h, generatedId } from '../dom.js';
import { icon } from '../icons.js';
import { bindValue, effect } from '../ko.js';
import { infoBalloon } from './info-balloon.js';
import { dialectB } from '../env.js';
import { formElement } from './b/form-element.js';

/**
 * value: observable string; error: () => message|'' (reactive); the element's `input` is exposed.
 * `pristine` compares with the first value, so untouched fields stay `azc-validatableControl-none`.
 */
export function textBox({
  value,
  error = () => '',
  placeholder = '',
  ariaLabel = null,
  labelledBy = null,
  accessibleLabel = '',
  readOnly = false,
  type = 'text',
  className = '',
}) {
  const initial = value.peek();
  const input = h('input', {
    class: 'azc-input azc-formControl azc-validation-border',
    type,
    'aria-multiline': 'false',
    placeholder,
    'aria-label': ariaLabel,
    'aria-labelledby': labelledBy,
    readonly: readOnly,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  bindValue(input, value);
  const badge = h(
    'span',
    { class: 'azc-validation-icon', role: 'img', hidden: true },
    icon('error'),
  );
  const message = h('div', { class: 'azc-validation-message', role: 'alert', hidden: true });
  const control = h(
    'div',
    {
      class: `fxc-base azc-control azc-editableControl azc-validatableControl azc-inputbox azc-textBox azc-validatableControl-none ${className}`,
      'data-control': 'true',
      'data-editable': String(!readOnly),
      'data-canfocus': 'true',
    },
    h(
      'div',
      { class: 'azc-inputbox-wrapper azc-textBox-wrapper' },
      input,
      badge,
      h('label', { class: 'fxs-hide-accessible-label' }, accessibleLabel || ariaLabel || ''),
    ),
    message,
  );
  effect(() => {
    const text = error() || '';
    const pristine = value() === initial;
    control.classList.toggle('azc-validatableControl-invalid', Boolean(text));
    control.classList.toggle('azc-validatableControl-valid', !text && !pristine);
    control.classList.toggle('azc-validatableControl-none', !text && pristine);
    input.setAttribute('data-validatable-control-valid', String(!text));
    input.setAttribute('aria-invalid', String(Boolean(text)));
    badge.hidden = !text;
    badge.setAttribute('aria-label', text);
    badge.title = text;
    message.hidden = !text;
    message.textContent = text;
  });
  control.input = input;
  return h(
    'div',
    { class: 'azc-formElementSubLabelContainer' },
    h('div', { class: 'azc-formElementContainer' }, control),
  );
}

/**
 * A labelled form field (reference §4.1): `div.fxc-weave-pccontrol.fxc-section-control.fxc-base
 * .msportalfx-form-formelement.fxc-has-label.azc-textField.fxc-TextField.azc-fabric
 * .azc-validationBelowCtrl input[type=text]`, the label linked through `aria-labelledby` to a
 * generated id.
 */
export function textField({ label, required = false, info = '', ...options }) {
  if (dialectB) {
    // Dialect B (§4.1, §12): the same field with the label, marker and balloon in `.azc-form-label`.
    const el = formElement({
      label,
      required,
      info,
      extraClass: 'azc-textField fxc-TextField azc-fabric azc-validationBelowCtrl',
      control: (labelId) => textBox({ ...options, labelledBy: labelId, accessibleLabel: label }),
    });
    el.input = el.querySelector('input');
    return el;
  }
  const labelId = generatedId();
  const box = textBox({ ...options, labelledBy: labelId, accessibleLabel: label });
  const el = h(
    'div',
    {
      class:
        'fxc-weave-pccontrol fxc-section-control fxc-base msportalfx-form-formelement fxc-has-label azc-textField fxc-TextField azc-fabric azc-validationBelowCtrl',
    },
    h(
      'div',
      { class: 'fxc-weave-label' },
      h('label', { class: 'azc-form-label', id: labelId }, label),
      required ? h('span', { class: 'azc-form-required', 'aria-hidden': 'true' }, ' *') : null,
      info ? infoBalloon(info) : null,
    ),
    box,
  );
  el.input = box.querySelector('input');
  return el;
}
