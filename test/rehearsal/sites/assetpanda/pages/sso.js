// Settings > Preferences > Single sign-on (SSO): the saved connections and "Add new SSO".
import { h, useId } from '../lib/dom.js';
import { icon } from '../lib/icons.js';
import { L, TEXT } from '../labels.js';
import { server } from '../store.js';
import { button, iconButton, spinner } from '../components/buttons.js';
import { showSnackbar } from '../components/snackbar.js';
import { openSsoForm } from './sso-form.js';

// Asset Panda Pro's service provider values (confirmed: assetpanda-cognito-entra.md, section 2).
const SP_VALUES = [
  { label: L.entityId, value: 'urn:amazon:cognito:sp:us-east-1_4jHsDgxlC' },
  {
    label: L.replyUrl,
    value: 'https://ap-pioneer-951730251621.auth.us-east-1.amazoncognito.com/saml2/idpresponse',
  },
];

const COLUMNS = [L.columnName, L.columnEnableType, L.columnDomains, L.columnFile, L.columnCreated];

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

export function mount(container, { signal, session }) {
  let connections = null;
  let form = null;
  const headingId = useId();

  const addButton = button(
    { variant: 'contained', startIcon: 'add', onClick: openForm },
    L.addNewSso,
  );
  const tbody = h('tbody', { class: 'MuiTableBody-root' });
  const table = h(
    'table',
    { class: 'MuiTable-root', 'aria-label': L.connectionsTable },
    h(
      'thead',
      { class: 'MuiTableHead-root' },
      h(
        'tr',
        { class: 'MuiTableRow-root' },
        COLUMNS.map((column) =>
          h('th', { class: 'MuiTableCell-root MuiTableCell-head', scope: 'col' }, column),
        ),
      ),
    ),
    tbody,
  );

  container.append(
    h(
      'section',
      { class: 'MuiPaper-root card', 'aria-labelledby': headingId },
      h(
        'div',
        { class: 'card-header' },
        h(
          'div',
          {},
          h('h2', { class: 'MuiTypography-h6', id: headingId }, L.sso),
          h('p', { class: 'muted' }, TEXT.ssoIntro),
        ),
        addButton,
      ),
      h('div', { class: 'MuiTableContainer-root' }, table),
    ),
    spDetails(),
  );

  function renderRows() {
    if (connections === null) {
      tbody.replaceChildren(
        h(
          'tr',
          { class: 'MuiTableRow-root' },
          h(
            'td',
            { class: 'MuiTableCell-root table-loading', colspan: COLUMNS.length },
            spinner({ label: TEXT.loadingConnections, size: 28 }),
          ),
        ),
      );
      return;
    }
    if (connections.length === 0) {
      tbody.replaceChildren(
        h(
          'tr',
          { class: 'MuiTableRow-root' },
          h(
            'td',
            { class: 'MuiTableCell-root table-empty', colspan: COLUMNS.length },
            icon('lock', 'empty-icon'),
            h('p', { class: 'empty-title' }, TEXT.noConnections),
            h('p', { class: 'muted' }, TEXT.noConnectionsHint),
          ),
        ),
      );
      return;
    }
    tbody.replaceChildren(
      ...connections.map((connection) =>
        h(
          'tr',
          { class: 'MuiTableRow-root MuiTableRow-hover' },
          h('th', { class: 'MuiTableCell-root', scope: 'row' }, connection.name),
          h('td', { class: 'MuiTableCell-root' }, connection.enableTypeLabel),
          h(
            'td',
            { class: 'MuiTableCell-root' },
            connection.domains.length
              ? h(
                  'ul',
                  { class: 'chips' },
                  connection.domains.map((domain) => h('li', { class: 'MuiChip-root' }, domain)),
                )
              : h('span', { class: 'muted' }, '—'),
          ),
          h(
            'td',
            { class: 'MuiTableCell-root' },
            h('span', { class: 'file-cell' }, icon('file'), connection.file.name),
          ),
          h(
            'td',
            { class: 'MuiTableCell-root' },
            h(
              'time',
              { datetime: connection.createdAt },
              dateFormat.format(new Date(connection.createdAt)),
            ),
          ),
        ),
      ),
    );
  }

  function openForm() {
    form = openSsoForm({
      variant: session.variant,
      connections: () => connections ?? [],
      onSaved(connection) {
        form = null;
        connections = [...(connections ?? []), connection];
        renderRows();
        showSnackbar(TEXT.saved(connection.name));
      },
    });
  }

  renderRows();
  server.listConnections(signal).then(
    (list) => {
      connections = list;
      renderRows();
    },
    () => {}, // aborted: the page was left
  );

  return () => form?.close();
}

function spDetails() {
  const headingId = useId();
  return h(
    'section',
    { class: 'MuiPaper-root card', 'aria-labelledby': headingId },
    h('h2', { class: 'MuiTypography-h6', id: headingId }, L.spDetails),
    h('p', { class: 'muted' }, TEXT.spIntro),
    h(
      'dl',
      { class: 'sp-values' },
      SP_VALUES.map(({ label, value }) => [
        h('dt', {}, label),
        h(
          'dd',
          {},
          h('code', {}, value),
          iconButton({
            label: `${L.copy} ${label}`,
            iconName: 'copy',
            onClick: () =>
              navigator.clipboard.writeText(value).then(
                () => showSnackbar(TEXT.copied),
                () => showSnackbar(TEXT.copyFailed, { severity: 'error' }),
              ),
          }),
        ),
      ]),
    ),
  );
}
