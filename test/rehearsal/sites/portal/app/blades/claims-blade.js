// Attributes & Claims (reference §4.5 card 2, opened by its Edit; no deep link is known, §2): the
// required claim "Unique User Identifier (Name ID)" and the additional claims, "+ Add new claim" opening
// "Manage claim", a claim's name opening it for editing, and "…" → Delete.

import { h, activate } from '../dom.js';
import { isMissing } from '../env.js';
import { t } from '../labels.js';
import { icon } from '../icons.js';
import { observable, computed } from '../ko.js';
import { server } from '../server.js';
import { commandBar } from '../controls/command-bar.js';
import { grid } from '../controls/grid.js';
import { openManageClaim } from './manage-claim.js';

export const fullClaimName = (c) =>
  c.namespace ? `${c.namespace.replace(/\/$/, '')}/${c.name}` : c.name;

export function openClaimsBlade(shell, app) {
  return shell.openChildBlade((blade) => {
    blade.setTitle(t('attributesAndClaims'), app.displayName);
    blade.setIcon(icon('list'));
    const claims = observable(server.app(app.objectId).claims);
    server.subscribe(() => claims(server.app(app.objectId)?.claims ?? []), blade.signal);
    const indexed = computed(() => claims().map((claim, index) => ({ claim, index })));
    const required = computed(() => indexed().filter((c) => c.claim.required));
    const additional = computed(() => indexed().filter((c) => !c.claim.required));

    const remove = async ({ claim, index }) => {
      const answer = await shell.messageBox({
        title: t('deleteClaim'),
        text: t('deleteClaimText', fullClaimName(claim)),
        buttons: [
          { key: 'delete', label: t('delete') },
          { key: 'cancel', label: t('cancel') },
        ],
      });
      if (answer !== 'delete') return;
      await server.deleteClaim(app.objectId, index);
      shell.toast({ title: t('claimDeleted'), description: fullClaimName(claim) });
    };

    blade.content.append(
      commandBar([
        {
          label: t('addNewClaim'),
          icon: 'plus',
          telemetry: 'AddNewClaim',
          missing: isMissing('add-new-claim'),
          onClick: () => openManageClaim(shell, app, -1),
        },
        { label: t('addGroupClaim'), icon: 'plus', telemetry: 'AddGroupClaim' },
        { label: t('columns'), icon: 'columns', telemetry: 'Columns' },
        { label: t('gotFeedback'), icon: 'feedback', telemetry: 'Feedback' },
      ]),
      h(
        'div',
        { class: 'fxs-part-content ext-claims' },
        h('h3', { class: 'msportalfx-form-section-title' }, t('requiredClaim')),
        grid({
          columns: [
            { label: t('claimName'), render: () => t('uniqueUserIdentifierNameId') },
            { label: t('type'), render: () => 'SAML' },
            {
              label: t('value'),
              render: ({ claim }) => `${claim.source} [nameid-format:emailAddress]`,
            },
          ],
          rows: required,
          rowLabel: () => t('uniqueUserIdentifierNameId'),
          emptyText: '',
        }),
        h('h3', { class: 'msportalfx-form-section-title' }, t('additionalClaims')),
        grid({
          columns: [
            {
              label: t('claimName'),
              render: ({ index, claim }) =>
                h(
                  'a',
                  {
                    class: 'fxs-fxclick',
                    href: '#',
                    on: {
                      click: (e) => {
                        e.preventDefault();
                        openManageClaim(shell, app, index);
                      },
                    },
                  },
                  fullClaimName(claim),
                ),
            },
            { label: t('type'), render: () => 'SAML' },
            { label: t('value'), render: ({ claim }) => claim.source },
            {
              label: '',
              render: (entry) =>
                activate(
                  h(
                    'div',
                    {
                      class: 'fxs-fxclick ext-row-delete',
                      role: 'button',
                      tabindex: '0',
                      title: t('delete'),
                      'aria-label': `${t('delete')} ${entry.claim.name}`,
                    },
                    icon('trash'),
                  ),
                  () => remove(entry),
                ),
            },
          ],
          rows: additional,
          rowLabel: ({ claim }) => fullClaimName(claim),
          emptyText: t('noAdditionalClaims'),
        }),
      ),
    );
  });
}
