// The layout of a menu blade: resource menu on the left, the selected item's content on the right. The
// content of each menu item loads lazily behind progress dots (reference §8).

import { h, clear } from '../dom.js';
import { latency } from '../env.js';
import { progressDots } from '../shell.js';
import { resourceMenu } from '../controls/resource-menu.js';

export function menuBlade({ blade, groups, lateGroups = null, selected }) {
  const menu = resourceMenu(groups, selected);
  const content = h('div', { class: 'fxs-menublade-content' });
  blade.content.append(h('div', { class: 'fxs-menublade' }, menu, content));
  if (lateGroups) {
    latency(200, 700).then(() => {
      if (!blade.signal.aborted) menu.addGroups(lateGroups);
    });
  }
  let controller = null;
  return {
    menu,
    content,
    /** Shows a menu item's content: `render(container, signal)` runs after the lazy-load pause. */
    async show(menuId, render) {
      controller?.abort();
      controller = new window.AbortController();
      const signal = window.AbortSignal.any([controller.signal, blade.signal]);
      menu.select(menuId);
      clear(content).append(progressDots());
      await latency(150, 500);
      if (signal.aborted) return;
      clear(content);
      await render(content, signal);
    },
  };
}

/** Content for menu items and blades the rehearsal does not model. */
export function notModelled(title) {
  return h(
    'div',
    { class: 'ext-not-modelled' },
    h('h3', { class: 'msportalfx-form-section-title' }, title),
  );
}
