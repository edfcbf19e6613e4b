// Dialect B form element, written only from reference §4.1 ("Form text field in a form section") and
// §12 (first and fourth rows): a `div.fxc-weave-pccontrol … msportalfx-form-formelement` whose label
// sits in `.azc-form-label` inside `div.azc-form-labelcontainer`, with the control in the sibling
// `.azc-formElementSubLabelContainer` > `.azc-formElementContainer`. The control points at the label's
// generated id through `aria-labelledby` (§4.1, §12 "that relation, not any wrapper"). The label
// element holds more than its text: the required marker and the info balloon sit inside it (§12).
// No `section`, `fieldset` or `[role=group]` (§12).

import { h, generatedId } from '../../dom.js';

/** §12: the info balloon is `.msportalfx-tooltip-icon` showing `ⓘ`; hover or focus shows the help. */
export function tooltipIcon(text) {
  return h(
    'span',
    {
      class: 'msportalfx-tooltip-icon',
      tabindex: '0',
      role: 'img',
      'aria-label': text,
      title: text,
    },
    'ⓘ',
  );
}

/**
 * label: the field's own text; control(labelId) builds what sits under the label, a node or a list
 * of nodes (it must tie its inputs to `labelId` by `aria-labelledby`); extraClass: the control kind's classes (§4.1).
 */
export function formElement({ label, required = false, info = '', control, extraClass = '' }) {
  const labelId = generatedId();
  const labelEl = h(
    'label',
    { class: 'azc-form-label', id: labelId },
    // §12: the label's text node first, then what a public capture shows beside it inside the label.
    label,
    required ? h('span', { class: 'azc-form-required', 'aria-hidden': 'true' }, '*') : null,
    info ? tooltipIcon(info) : null,
  );
  const inner = control(labelId);
  const el = h(
    'div',
    {
      class:
        `fxc-weave-pccontrol fxc-section-control fxc-base msportalfx-form-formelement fxc-has-label ${extraClass}`.trim(),
    },
    h('div', { class: 'azc-form-labelcontainer' }, labelEl),
    // §12: the control's containers; textBox (§4.1) already brings them, other controls get them here.
    inner instanceof window.Element && inner.classList.contains('azc-formElementSubLabelContainer')
      ? inner
      : h(
          'div',
          { class: 'azc-formElementSubLabelContainer' },
          h('div', { class: 'azc-formElementContainer' }, inner),
        ),
  );
  el.labelId = labelId;
  return el;
}
