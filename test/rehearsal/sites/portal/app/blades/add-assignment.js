// Add Assignment (reference §4.8; route `#view/Microsoft_AAD_IAM/AddAssignmentBlade/objectId/{sp}`):
// under "Users and groups" the "None Selected" link opens a picker with check-box rows and "Select";
// "Select a role" is "Default Access"; "Assign" confirms and returns to Users and groups. With
// `rehearsal-plan=free`, portal.azure.com refuses groups with the licence message (blog-2025).

import { h, generatedId } from '../dom.js';
import { env, dialectB, isMissing } from '../env.js';
import { t } from '../labels.js';
import { icon } from '../icons.js';
import { observable, computed, bindText, bindValue } from '../ko.js';
import { server } from '../server.js';
import { hashFor } from '../routes.js';
import { TENANT } from '../scenarios.js';
import { grid } from '../controls/grid.js';
import { button, actionLink } from '../controls/button.js';
import { formElement } from '../controls/b/form-element.js';

const groupsAllowed = () => !(env.plan === 'free' && env.shell === 'azure');

export async function open({ route, blade, shell }) {
  const app = server.app(route.params.objectId);
  blade.setTitle(t('addAssignment'), TENANT.name);
  blade.setIcon(icon('users'));
  shell.setParentCrumbs(() => [
    { label: `${t('enterpriseApplications')} | ${t('allApplications')}`, href: hashFor.appsList() },
    ...(app ? [{ label: app.displayName, href: hashFor.app(app, 'Users') }] : []),
  ]);
  if (!app) {
    blade.content.append(
      h(
        'div',
        { class: 'fxs-part-content' },
        t('applicationNotFoundText', route.params.objectId ?? ''),
      ),
    );
    return;
  }
  const selected = observable([]);
  const assigning = observable(false);
  const usersLabel = generatedId();
  const roleLabel = generatedId();
  const summary = computed(() => {
    const users = selected().filter((p) => p.type === 'User').length;
    const groups = selected().length - users;
    if (!users && !groups) return t('noneSelected');
    return [users ? t('usersSelected', users) : '', groups ? t('groupsSelected', groups) : '']
      .filter(Boolean)
      .join(' ');
  });
  const link = actionLink({ text: '', onClick: () => openPicker(shell, selected) });
  bindText(link, summary);

  const usersText = groupsAllowed() ? t('usersAndGroups') : t('users');
  // §4.8: "Select a role" defaults to "Default Access".
  const roleValue = (labelId) =>
    h('div', { class: 'ext-assignment-role', 'aria-labelledby': labelId }, t('defaultAccess'));

  const assign = async () => {
    if (!selected.peek().length || assigning.peek()) return;
    assigning(true);
    await server.addAssignments(app.objectId, selected.peek(), 'Default Access');
    shell.toast({
      title: t('assignmentSucceeded'),
      description: t('assignmentSucceededText', selected.peek().length, app.displayName),
    });
    shell.navigate(hashFor.app(server.app(app.objectId), 'Users'));
  };

  blade.content.append(
    h(
      'div',
      { class: 'fxs-part-content msportalfx-form ext-add-assignment' },
      groupsAllowed()
        ? null
        : h(
            'div',
            { class: 'fxs-infobox fxs-infobox-warning', role: 'note' },
            icon('info'),
            t('groupsNotAvailable'),
          ),
      dialectB
        ? // Dialect B (§4.8 words, §12 markup): the two questions as form elements.
          [
            formElement({ label: usersText, control: () => link }),
            formElement({ label: t('selectARole'), control: roleValue }),
          ]
        : [
            h(
              'div',
              { class: 'ext-assignment-section' },
              h('div', { class: 'azc-form-label', id: usersLabel }, usersText),
              link,
            ),
            h(
              'div',
              { class: 'ext-assignment-section' },
              h('div', { class: 'azc-form-label', id: roleLabel }, t('selectARole')),
              roleValue(roleLabel),
            ),
          ],
    ),
    h(
      'div',
      { class: 'fxs-blade-footer' },
      button({
        text: t('assign'),
        primary: true,
        missing: isMissing('assign'),
        enabled: () => selected().length > 0 && !assigning(),
        onClick: assign,
      }),
    ),
  );
}

/** The Users and groups picker (a viva control, §4.8 "div.azc-vivaControl"): check rows, then Select. */
function openPicker(shell, selected) {
  return shell.openPane((pane) => {
    pane.setTitle(groupsAllowed() ? t('usersAndGroups') : t('users'));
    const directory = server.directory().filter((p) => groupsAllowed() || p.type === 'User');
    const chosen = observable(
      directory.filter((p) => selected.peek().some((s) => s.upn === p.upn)),
    );
    const query = observable('');
    const rows = computed(() => {
      const q = query().trim().toLowerCase();
      return directory.filter(
        (p) => !q || p.displayName.toLowerCase().includes(q) || p.upn.toLowerCase().includes(q),
      );
    });
    const search = h('input', {
      class: 'azc-input azc-formControl',
      type: 'text',
      placeholder: t('search'),
      'aria-label': t('search'),
    });
    bindValue(search, query);
    const count = h('div', { class: 'ext-selected-count' });
    bindText(count, () => t('selectedItems', chosen().length));
    pane.content.append(
      h(
        'div',
        { class: 'fxs-contextpane-body azc-vivaControl' },
        h(
          'div',
          { class: 'ext-search-box fxc-base azc-control azc-inputbox azc-textBox' },
          h('div', { class: 'azc-inputbox-wrapper' }, icon('search'), search),
        ),
        grid({
          columns: [
            {
              label: t('name'),
              render: (p) =>
                h(
                  'div',
                  { class: 'ext-principal' },
                  icon(p.type === 'Group' ? 'users' : 'user'),
                  h(
                    'div',
                    {},
                    h('div', {}, p.displayName),
                    h('div', { class: 'ext-muted' }, p.upn),
                  ),
                ),
            },
            { label: t('type'), render: (p) => t(p.type === 'Group' ? 'group' : 'user') },
          ],
          rows,
          rowLabel: (p) => p.displayName,
          emptyText: t('noResults'),
          selection: chosen,
        }),
        count,
      ),
      h(
        'div',
        { class: 'fxs-contextpane-footer' },
        button({
          text: t('select'),
          primary: true,
          onClick: () => {
            selected([...chosen.peek()]);
            shell.closePane(pane);
          },
        }),
      ),
    );
  });
}
