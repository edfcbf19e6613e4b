// The blade command bar (reference §4.1): `.fxs-commandBar > ul > li.azc-toolbar-item.azc-toolbarButton
// .fxs-commandBar-item > div.fxs-commandBar-item-buttoncontainer > div.fxs-commandBar-item-icon +
// div.fxs-commandBar-item-text`. Save is `li[role=presentation][title=Save]` holding
// `div[role=button][aria-label=Save]` and `div.azc-toolbarButton-label.fxs-commandBar-item-text
// [data-telemetryname="Command-Save"]`. Commands become enabled asynchronously (§8).

import { h, activate } from '../dom.js';
import { icon } from '../icons.js';
import { effect } from '../ko.js';

/**
 * items: [{ label, icon, telemetry, onClick, enabled?: () => boolean (reactive), missing?: boolean }]
 * A `missing` item is never rendered (the `rehearsal-missing` variant).
 */
export function commandBar(items) {
  const list = h('ul', { class: 'azc-toolbar', role: 'toolbar' });
  for (const item of items) {
    if (!item || item.missing) continue;
    const button = h(
      'div',
      {
        class: 'azc-toolbarButton-container fxs-commandBar-item-buttoncontainer fxs-fxclick',
        role: 'button',
        tabindex: '0',
        'aria-label': item.label,
      },
      h('div', { class: 'azc-toolbarButton-icon fxs-commandBar-item-icon' }, icon(item.icon)),
      h(
        'div',
        {
          class: 'azc-toolbarButton-label fxs-commandBar-item-text',
          'data-telemetryname': `Command-${item.telemetry}`,
        },
        item.label,
      ),
    );
    const li = h(
      'li',
      {
        class: 'azc-toolbar-item azc-toolbarButton fxs-commandBar-item',
        role: 'presentation',
        title: item.label,
      },
      button,
    );
    activate(button, (event) => item.onClick?.(event));
    if (item.enabled) {
      effect(() => {
        const on = Boolean(item.enabled());
        li.classList.toggle('azc-toolbarButton-disabled', !on);
        li.classList.toggle('fxs-commandBar-item-disabled', !on);
        button.setAttribute('aria-disabled', String(!on));
        button.setAttribute('tabindex', on ? '0' : '-1');
      });
    } else {
      button.setAttribute('aria-disabled', 'false');
    }
    list.append(li);
  }
  return h('div', { class: 'fxs-commandBar' }, list);
}
