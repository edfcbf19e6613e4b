// A menu blade's resource menu (reference §4.1): `div.fxc-menu-listView-item[data-telemetryname=
// "Menu-<Id>"]` items, grouped ("Manage", "Security", …), with a search box. Selecting an item changes
// the hash (`~/<MenuId>`). Groups can be added later: the portal's menu items may appear
// late (reference §8, "the Menu-SignOn item can take up to 60 s to appear").

import { dialectB } from '../env.js';
import { h, activate } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../labels.js';

/** groups: [{ label|null, items: [{ id, label, icon, href, missing? }] }] */
export function resourceMenu(groups, selectedId) {
  const itemEls = [];
  let selected = selectedId;
  const filter = h('input', {
    class: 'fxc-menu-search',
    type: 'search',
    placeholder: t('searchMenu'),
    'aria-label': t('searchMenu'),
  });
  const list = h('div', { class: 'fxc-menu-listView' });

  // `div.fxc-menu-listView-item` (not a link element), keyboard-operable, navigating by hash.
  const renderItem = (item) => {
    const el = h(
      'div',
      {
        class: 'fxc-menu-listView-item fxc-listView-item',
        role: 'link',
        tabindex: '0',
        'data-telemetryname': `Menu-${item.id}`,
      },
      icon(item.icon, 'fxc-menu-listView-item-icon'),
      h('span', { class: 'fxc-menu-listView-item-text' }, item.label),
    );
    el.menuId = item.id;
    el.href = item.href;
    activate(el, () => {
      location.hash = el.href;
    });
    itemEls.push(el);
    return el;
  };

  const menu = h(
    'nav',
    { class: 'fxs-resourcemenu fxc-menu', 'aria-label': t('resourceMenu') },
    h('div', { class: 'fxc-menu-search-box' }, icon('search'), filter),
    list,
  );

  menu.select = (id) => {
    selected = id;
    for (const el of itemEls) {
      el.classList.toggle('fxc-menu-listView-item-selected', el.menuId === id);
      if (el.menuId === id) el.setAttribute('aria-current', 'page');
      else el.removeAttribute('aria-current');
    }
  };
  menu.addGroups = (more) => {
    for (const group of more) {
      const items = group.items.filter((item) => !item.missing).map(renderItem);
      list.append(
        h(
          'div',
          // Dialect B: no `[role=group]` (reference §12), the group header is the only grouping.
          {
            class: 'fxc-menu-group',
            role: dialectB ? null : 'group',
            'aria-label': dialectB ? null : group.label || null,
          },
          group.label ? h('div', { class: 'fxc-menu-group-header' }, group.label) : null,
          items,
        ),
      );
    }
    menu.select(selected);
  };
  menu.setHrefs = (hrefFor) => {
    for (const el of itemEls) el.href = hrefFor(el.menuId);
  };

  filter.addEventListener('input', () => {
    const q = filter.value.trim().toLowerCase();
    for (const el of itemEls) el.hidden = Boolean(q) && !el.textContent.toLowerCase().includes(q);
  });
  menu.addGroups(groups);
  return menu;
}
