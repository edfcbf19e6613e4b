// Users and groups (reference §4.8; route `…/ManagedAppMenuBlade/~/Users/objectId/{sp}/appId/{appId}`):
// "+ Add user/group" (→ AddAssignmentBlade), the assignments grid, Remove for selected rows.

import { h } from '../dom.js';
import { isMissing } from '../env.js';
import { t } from '../labels.js';
import { icon } from '../icons.js';
import { observable } from '../ko.js';
import { server } from '../server.js';
import { hashFor } from '../routes.js';
import { commandBar } from '../controls/command-bar.js';
import { grid } from '../controls/grid.js';

export function render({ app, container, shell, signal }) {
  const assignments = observable(app.assignments);
  server.subscribe(() => assignments(server.app(app.objectId)?.assignments ?? []), signal);
  const selection = observable([]);

  const remove = async () => {
    const names = selection.peek().map((a) => a.principalName);
    const answer = await shell.messageBox({
      title: t('removeAssignment'),
      text: t('removeAssignmentText', names.join(', ')),
      buttons: [
        { key: 'yes', label: t('yes') },
        { key: 'no', label: t('no') },
      ],
    });
    if (answer !== 'yes') return;
    await server.removeAssignments(app.objectId, names);
    selection([]);
    shell.toast({ title: t('assignmentRemoved'), description: names.join(', ') });
  };

  container.append(
    commandBar([
      {
        label: t('addUserGroup'),
        icon: 'plus',
        telemetry: 'AddUserGroup',
        missing: isMissing('add-user-group'),
        onClick: () => shell.navigate(hashFor.addAssignment(app)),
      },
      {
        label: t('editAssignment'),
        icon: 'pencil',
        telemetry: 'EditAssignment',
        enabled: () => false,
      },
      {
        label: t('remove'),
        icon: 'trash',
        telemetry: 'Remove',
        enabled: () => selection().length > 0,
        onClick: remove,
      },
      {
        label: t('updateCredentials'),
        icon: 'key',
        telemetry: 'UpdateCredentials',
        enabled: () => false,
      },
      { label: t('columns'), icon: 'columns', telemetry: 'Columns' },
      { label: t('gotFeedback'), icon: 'feedback', telemetry: 'Feedback' },
    ]),
    h(
      'div',
      { class: 'fxs-part-content' },
      h('div', { class: 'fxs-infobox', role: 'note' }, icon('info'), t('assignmentsInfo')),
      h('input', {
        class: 'azc-input azc-formControl ext-filter-input',
        type: 'text',
        placeholder: t('firstTwoHundred'),
        'aria-label': t('search'),
      }),
      grid({
        columns: [
          {
            label: t('displayName'),
            render: (a) =>
              h(
                'span',
                { class: 'ext-principal' },
                icon(a.principalType === 'Group' ? 'users' : 'user'),
                a.principalName,
              ),
          },
          {
            label: t('objectType'),
            render: (a) => t(a.principalType === 'Group' ? 'group' : 'user'),
          },
          {
            label: t('roleAssigned'),
            render: (a) => (a.role === 'Default Access' ? t('defaultAccess') : a.role),
          },
        ],
        rows: assignments,
        rowLabel: (a) => a.principalName,
        emptyText: t('noAssignments'),
        selection,
      }),
    ),
  );
}
