// The DevExtreme-like dialect (`?ap-dialect=devextreme`, or `devextreme-selectbox` for an Enable
// Type drawn as a select box), written from reference assetpanda-cognito-entra.md §5 (the screen's
// words and fields) and §5.1 (the widgets) and the help page's path (asset-panda-entra-procedure.md
// step 9: Settings > Preferences > Single sign-on (SSO) > Add new SSO). README "Dialects".

import { h } from '../../lib/dom.js';
import { server } from '../../store.js';
import { loginPage, startDialect, submitConnection, listConnections } from '../common.js';
import {
  dxButton,
  dxFileUploader,
  dxId,
  dxRadioGroup,
  dxSelectBox,
  dxTextBox,
  model,
  setDisabled,
} from './widgets.js';

const PREFERENCE_TABS = ['general', 'notifications', 'sso'];

export function start(root, { dialect }) {
  const enableTypeControl = dialect === 'devextreme-selectbox' ? dxSelectBox : dxRadioGroup;
  return startDialect(root, {
    stylesheet: '/dialects/devextreme/devextreme.css',
    bodyClass: 'dx-viewport dialect-devextreme',
    shell,
    pages: {
      login: loginPage,
      dashboard: (outlet, { words }) =>
        outlet.append(h('div', { class: 'page-title' }, words.dashboard)),
      settings: settingsPage,
      preferences: (outlet, ctx) => preferencesPage(outlet, ctx, enableTypeControl),
      notFound: (outlet, { words }) =>
        outlet.append(h('div', { class: 'page-title' }, words.notFound)),
    },
  });
}

/** A dxToolbar top bar: the brand, then the gear (an icon-only dxButton named by `aria-label`). */
function shell(root, { words, navigate }) {
  const main = h('div', { class: 'app-content' });
  const item = (location, child) =>
    h(
      'div',
      { class: `dx-toolbar-${location}` },
      h(
        'div',
        { class: 'dx-item dx-toolbar-item' },
        h('div', { class: 'dx-item-content dx-toolbar-item-content' }, child),
      ),
    );
  root.replaceChildren(
    h(
      'div',
      { class: 'dx-toolbar dx-widget app-header', role: 'toolbar' },
      h(
        'div',
        { class: 'dx-toolbar-items-container' },
        item('before', h('a', { href: '/', class: 'brand' }, 'Asset Panda')),
        item(
          'after',
          h(
            'div',
            { class: 'header-buttons' },
            dxButton({
              icon: 'preferences',
              ariaLabel: words.settings,
              onClick: () => navigate('/settings'),
            }),
            dxButton({
              text: words.logOut,
              onClick: () => {
                server.signOut();
                navigate('/login');
              },
            }),
          ),
        ),
      ),
    ),
    main,
  );
  return main;
}

/** Settings: the sections in a dxTreeView (`role=tree` of `role=treeitem` nodes). */
function settingsPage(outlet, { words, navigate }) {
  const node = (text, href) => {
    const el = h(
      'li',
      {
        class: 'dx-treeview-node dx-treeview-item-without-checkbox',
        role: 'treeitem',
        'aria-label': text,
        'aria-level': '1',
      },
      h(
        'div',
        { class: 'dx-item dx-treeview-item' },
        h('div', { class: 'dx-item-content dx-treeview-item-content' }, h('span', {}, text)),
      ),
    );
    el.addEventListener('click', () => navigate(href));
    return el;
  };
  outlet.append(
    h('div', { class: 'page-title' }, words.settings),
    h(
      'div',
      { class: 'dx-treeview dx-widget', role: 'tree', tabindex: '0' },
      h(
        'ul',
        { class: 'dx-treeview-node-container' },
        node(words.accountManagement, '/settings'),
        node(words.preferences, '/settings/preferences'),
        node(words.usersAndRoles, '/settings'),
        node(words.billing, '/settings'),
      ),
    ),
  );
}

/** Preferences: a dxTabs tab list; each tab is a route, the third one the SSO screen. */
function preferencesPage(outlet, ctx, enableTypeControl) {
  const { words, navigate, path } = ctx;
  const current = PREFERENCE_TABS.find((key) => path.endsWith(`/${key}`)) ?? 'general';
  const text = { general: words.general, notifications: words.notifications, sso: words.sso };
  outlet.append(
    h('div', { class: 'page-title' }, words.preferences),
    h(
      'div',
      { class: 'dx-tabs dx-widget dx-tabs-horizontal', role: 'tablist', tabindex: '0' },
      h(
        'div',
        { class: 'dx-tabs-wrapper' },
        PREFERENCE_TABS.map((key) => {
          const tab = h(
            'div',
            {
              class: `dx-item dx-tab${key === current ? ' dx-tab-selected dx-item-selected' : ''}`,
              role: 'tab',
              'aria-selected': String(key === current),
            },
            h(
              'div',
              { class: 'dx-item-content dx-tab-content' },
              h('span', { class: 'dx-tab-text' }, text[key]),
            ),
          );
          tab.addEventListener('click', () => navigate(`/settings/preferences/${key}`));
          return tab;
        }),
      ),
    ),
    current === 'sso'
      ? ssoScreen(ctx, enableTypeControl)
      : h('div', { class: 'tab-body' }, text[current]),
  );
}

/** The SSO screen: the connections in a dxDataGrid and "Add new SSO". */
function ssoScreen(ctx, enableTypeControl) {
  const { words, signal } = ctx;
  const grid = h('div', { class: 'dx-datagrid-container' });
  const refresh = async () => {
    const connections = await listConnections(signal).catch(() => null);
    if (connections) grid.replaceChildren(dataGrid(words, connections));
  };
  refresh();
  return h(
    'div',
    { class: 'tab-body' },
    h('div', { class: 'section-title' }, words.sso),
    dxButton({
      text: words.addNewSso,
      icon: 'add',
      type: 'default',
      onClick: () => openSsoPopup(words, enableTypeControl, refresh),
    }),
    grid,
  );
}

/** dxDataGrid splits its header and its rows into two tables. */
function dataGrid(words, connections) {
  const headers = [words.connectionName, words.enableType, words.domains, words.file];
  const table = (rows) =>
    h(
      'table',
      { class: 'dx-datagrid-table', role: 'presentation' },
      h('tbody', { role: 'presentation' }, rows),
    );
  return h(
    'div',
    { class: 'dx-datagrid dx-gridbase-container', role: 'grid', 'aria-label': words.connections },
    h(
      'div',
      { class: 'dx-datagrid-headers', role: 'presentation' },
      table(
        h(
          'tr',
          { class: 'dx-row dx-header-row', role: 'row' },
          headers.map((x) => h('td', { role: 'columnheader' }, x)),
        ),
      ),
    ),
    h(
      'div',
      { class: 'dx-datagrid-rowsview', role: 'presentation' },
      connections.length
        ? table(
            connections.map((c) =>
              h(
                'tr',
                { class: 'dx-row dx-data-row', role: 'row' },
                [c.name, words.enableTypes[c.enableType], c.domains.join(', '), c.file.name].map(
                  (x) => h('td', { role: 'gridcell' }, x),
                ),
              ),
            ),
          )
        : h('div', { class: 'dx-datagrid-nodata' }, words.noConnections),
    ),
  );
}

/** A dxForm item: `label.dx-field-item-label` (with the required mark) over the editor. */
function formItem({ label, required = true, editor }) {
  const labelId = dxId();
  const inputId = dxId();
  const message = h(
    'div',
    { class: 'dx-invalid-message', hidden: true },
    h('div', { class: 'dx-overlay-content' }),
  );
  const control = editor(labelId, inputId);
  const el = h(
    'div',
    { class: 'dx-item dx-box-item' },
    h(
      'div',
      {
        class: `dx-field-item${required ? ' dx-field-item-required' : ''} dx-flex-layout dx-label-v-align`,
      },
      h(
        'label',
        {
          class: 'dx-field-item-label dx-field-item-label-location-top',
          for: inputId,
          id: labelId,
        },
        h(
          'span',
          { class: 'dx-field-item-label-content' },
          h('span', { class: 'dx-field-item-label-text' }, label),
          required ? h('span', { class: 'dx-field-item-required-mark' }, '\u00a0*') : null,
        ),
      ),
      h(
        'div',
        { class: 'dx-field-item-content dx-field-item-content-location-bottom' },
        control,
        message,
      ),
    ),
  );
  el.control = control;
  el.invalid = (text) => {
    control.classList.toggle('dx-invalid', Boolean(text));
    message.hidden = !text;
    message.firstChild.textContent = text || '';
  };
  return el;
}

/** "Add new SSO": a dxPopup appended to the end of `body`, its title in `.dx-popup-title`. */
function openSsoPopup(words, enableTypeControl, onSaved) {
  const values = {
    enableType: model(null),
    name: model(''),
    domains: model(''),
    file: model(null),
  };
  const items = Object.entries(words.enableTypes).map(([value, text]) => ({ value, text }));
  const fields = {
    enableType: formItem({
      label: words.enableType,
      editor: (labelId, id) =>
        enableTypeControl({
          items,
          value: values.enableType,
          name: 'enableType',
          id,
          labelledBy: labelId,
        }),
    }),
    name: formItem({
      label: words.connectionName,
      editor: (_labelId, id) => dxTextBox({ value: values.name, name: 'connectionName', id }),
    }),
    domains: formItem({
      label: words.domains,
      editor: (_labelId, id) => dxTextBox({ value: values.domains, name: 'domains', id }),
    }),
    file: formItem({
      label: words.metadataFile,
      editor: (labelId, id) =>
        dxFileUploader({
          value: values.file,
          name: 'metadataFile',
          id,
          labelledBy: labelId,
          words,
        }),
    }),
  };
  // dxForm: the Domains item is shown only for "Enable for selected domains".
  values.enableType.watch((v) => {
    fields.domains.hidden = v !== 'domains';
  });
  const titleId = dxId();
  const save = dxButton({ text: words.save, type: 'default', onClick: () => submit() });
  const close = () => {
    fields.enableType.control.dispose?.();
    wrapper.remove();
  };
  const toolbar = (extra, ...children) =>
    h(
      'div',
      { class: `dx-toolbar dx-widget ${extra}`, role: 'toolbar' },
      h('div', { class: 'dx-toolbar-items-container' }, children),
    );
  const wrapper = h(
    'div',
    { class: 'dx-overlay-wrapper dx-popup-wrapper dx-overlay-modal dx-overlay-shader' },
    h(
      'div',
      {
        class: 'dx-overlay-content dx-popup-normal dx-resizable',
        role: 'dialog',
        'aria-labelledby': titleId,
        tabindex: '0',
      },
      toolbar(
        'dx-popup-title',
        h(
          'div',
          { class: 'dx-toolbar-before' },
          h('div', { class: 'dx-toolbar-label', id: titleId }, words.addNewSso),
        ),
        h(
          'div',
          { class: 'dx-toolbar-after' },
          dxButton({ icon: 'close', ariaLabel: 'Close', extra: 'dx-closebutton', onClick: close }),
        ),
      ),
      h(
        'div',
        { class: 'dx-popup-content' },
        h(
          'div',
          { class: 'dx-form dx-widget' },
          h(
            'div',
            { class: 'dx-layout-manager' },
            fields.enableType,
            fields.name,
            fields.domains,
            fields.file,
          ),
        ),
      ),
      toolbar(
        'dx-popup-bottom',
        h(
          'div',
          { class: 'dx-toolbar-after' },
          save,
          dxButton({ text: words.cancel, onClick: close }),
        ),
      ),
    ),
  );
  wrapper.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) close();
  });

  async function submit() {
    if (save.getAttribute('aria-disabled') === 'true') return;
    Object.values(fields).forEach((f) => f.invalid(''));
    setDisabled(save, true);
    try {
      // The widgets' own values, not what their DOM shows.
      const connection = await submitConnection({
        enableType: values.enableType.value,
        name: values.name.value,
        domains: values.enableType.value === 'domains' ? values.domains.value : '',
        file: values.file.value,
      });
      close();
      toast(words.saved(connection.name));
      onSaved();
    } catch (error) {
      (fields[error.field] ?? fields.file).invalid(error.message);
      setDisabled(save, false);
    }
  }
  document.body.append(wrapper);
  wrapper.querySelector('[role=dialog]').focus();
}

/** dxToast: a message at the end of `body` for a few seconds. */
function toast(text) {
  const el = h(
    'div',
    { class: 'dx-overlay-wrapper dx-toast-wrapper' },
    h(
      'div',
      { class: 'dx-overlay-content dx-toast-success', role: 'alert' },
      h('div', { class: 'dx-toast-message' }, text),
    ),
  );
  document.body.append(el);
  setTimeout(() => el.remove(), 6000);
}
