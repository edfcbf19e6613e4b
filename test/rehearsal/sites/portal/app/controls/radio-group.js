// Options group (reference §4.3, the "Create your own application" purpose question): native radios
// inside labels; the model reads the choice on `change`.

import { h, generatedId } from '../dom.js';
import { effect } from '../ko.js';

export function radioGroup({ options, value, labelledBy }) {
  const name = generatedId();
  const inputs = options.map((option) => {
    const input = h('input', {
      type: 'radio',
      class: 'azc-radio-input',
      name,
      value: option.value,
      on: { change: () => value(option.value) },
    });
    return { option, input };
  });
  effect(() => {
    for (const { option, input } of inputs) input.checked = value() === option.value;
  });
  return h(
    'div',
    {
      class: 'fxc-base azc-control azc-optionsGroup fxc-OptionsGroup',
      role: 'radiogroup',
      'aria-labelledby': labelledBy,
    },
    inputs.map(({ option, input }) =>
      h(
        'label',
        { class: 'azc-radio-option' },
        input,
        h('span', { class: 'azc-radio-label' }, option.label),
      ),
    ),
  );
}
