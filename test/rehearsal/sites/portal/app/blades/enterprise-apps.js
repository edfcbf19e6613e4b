// Enterprise applications | All applications (reference §4.2; route §2
// `#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview[/menuId~/null]` and the
// legacy `#blade/…/AllApps`). Search box "Search by application name or object ID", the default filter
// pill "Application type == Enterprise Applications", "+ New application" (→ AppGalleryBladeV2), and a
// grid whose app names are links.

import { h } from '../dom.js';
import { isMissing } from '../env.js';
import { t, formatDate } from '../labels.js';
import { icon, appTile } from '../icons.js';
import { observable, computed, bindValue, bindText, bindVisible } from '../ko.js';
import { server } from '../server.js';
import { hashFor } from '../routes.js';
import { TENANT } from '../scenarios.js';
import { commandBar } from '../controls/command-bar.js';
import { grid } from '../controls/grid.js';
import { menuBlade, notModelled } from './menu-blade.js';

const MENU = () => [
  {
    label: null,
    items: [
      { id: 'Overview', label: t('overview'), icon: 'info' },
      { id: 'Troubleshoot', label: t('diagnoseAndSolve'), icon: 'help' },
    ],
  },
  {
    label: t('manage'),
    items: [
      { id: 'AppAppsPreview', label: t('allApplications'), icon: 'apps' },
      { id: 'PrivateNetworkConnectors', label: t('privateNetworkConnectors'), icon: 'shell' },
      { id: 'UserSettings', label: t('userSettings'), icon: 'gear' },
      { id: 'AppLaunchers', label: t('appLaunchers'), icon: 'apps' },
      {
        id: 'CustomAuthenticationExtensions',
        label: t('customAuthenticationExtensions'),
        icon: 'key',
      },
    ],
  },
  {
    label: t('security'),
    items: [
      { id: 'ConditionalAccess', label: t('conditionalAccess'), icon: 'shield' },
      { id: 'ConsentAndPermissions', label: t('consentAndPermissions'), icon: 'key' },
    ],
  },
  {
    label: t('activity'),
    items: [
      { id: 'SignInLogs', label: t('signInLogs'), icon: 'list' },
      { id: 'UsageAndInsights', label: t('usageAndInsights'), icon: 'chart' },
      { id: 'AuditLogs', label: t('auditLogs'), icon: 'list' },
      { id: 'ProvisioningLogs', label: t('provisioningLogs'), icon: 'list' },
      { id: 'AccessReviews', label: t('accessReviews'), icon: 'users' },
    ],
  },
];

export async function open({ route, blade, shell }) {
  const groups = MENU().map((g) => ({
    ...g,
    items: g.items.map((item) => ({ ...item, href: hashFor.appsList(item.id) })),
  }));
  const labelOf = (id) => groups.flatMap((g) => g.items).find((i) => i.id === id)?.label ?? id;
  const layout = menuBlade({ blade, groups, selected: route.menu });
  blade.setIcon(icon('apps'));

  const show = async (r) => {
    blade.setTitle(
      `${t('enterpriseApplications')} | ${labelOf(r.menu)}`,
      t('tenantSubtitle', TENANT.name),
    );
    blade.crumb = t('enterpriseApplications');
    shell.renderBreadcrumb();
    await layout.show(r.menu, (container, signal) =>
      r.menu === 'AppAppsPreview'
        ? allApplications(container, signal, shell)
        : container.append(notModelled(labelOf(r.menu))),
    );
  };
  blade.update = show;
  await show(route);
}

/**
 * The other enterprise-application list blades (reference §12: `EnterpriseApplicationListBlade`,
 * `…V2`, `…V3`, some with filters such as `objectType/AppProxy`): the same list without the menu.
 */
export async function openList({ blade, shell }) {
  blade.setIcon(icon('apps'));
  blade.setTitle(t('enterpriseApplications'), t('tenantSubtitle', TENANT.name));
  blade.crumb = t('enterpriseApplications');
  shell.renderBreadcrumb();
  allApplications(blade.content, blade.signal, shell);
}

function allApplications(container, signal, shell) {
  const apps = observable(server.model().apps);
  server.subscribe(() => apps(server.model().apps), signal);
  const query = observable('');
  const pillVisible = observable(true);
  const visible = computed(() => {
    const q = query().trim().toLowerCase();
    return apps().filter(
      (a) =>
        !q ||
        a.displayName.toLowerCase().includes(q) ||
        a.objectId.startsWith(q) ||
        a.appId.startsWith(q),
    );
  });

  const search = h('input', {
    class: 'azc-input azc-formControl',
    type: 'text',
    placeholder: t('searchApps'),
    'aria-label': t('searchApps'),
  });
  bindValue(search, query);

  const pill = h(
    'div',
    { class: 'fxc-pill fxc-pill-filter' },
    h('span', { class: 'fxc-pill-text' }, t('filterApplicationType')),
    h(
      'button',
      {
        type: 'button',
        class: 'fxc-pill-remove',
        'aria-label': t('removeFilter'),
        title: t('removeFilter'),
        on: { click: () => pillVisible(false) },
      },
      icon('close'),
    ),
  );
  bindVisible(pill, pillVisible);
  const pills = h(
    'div',
    { class: 'fxc-pills' },
    pill,
    h(
      'button',
      { type: 'button', class: 'fxc-pill fxc-pill-add' },
      icon('filter'),
      t('addFilters'),
    ),
  );
  const count = h('div', { class: 'ext-result-count' });
  bindText(count, () => t('applicationsFound', visible().length));

  const nameCell = (app) =>
    h(
      'div',
      { class: 'ext-app-name' },
      appTile(app.displayName),
      h('a', { class: 'fxs-fxclick ext-app-link', href: hashFor.app(app) }, app.displayName),
    );

  container.append(
    commandBar([
      {
        label: t('newApplication'),
        icon: 'plus',
        telemetry: 'NewApplication',
        missing: isMissing('new-application'),
        onClick: () => shell.navigate(hashFor.gallery()),
      },
      {
        label: t('refresh'),
        icon: 'refresh',
        telemetry: 'Refresh',
        onClick: () => apps(server.model().apps),
      },
      { label: t('downloadExport'), icon: 'download', telemetry: 'Download' },
      { label: t('columns'), icon: 'columns', telemetry: 'Columns' },
      { label: t('gotFeedback'), icon: 'feedback', telemetry: 'Feedback' },
    ]),
    h(
      'div',
      { class: 'fxs-part-content ext-apps-list' },
      h('p', { class: 'msportalfx-text-regular' }, t('appsListIntro')),
      h(
        'div',
        { class: 'ext-search-row' },
        h(
          'div',
          { class: 'fxc-base azc-control azc-inputbox azc-textBox ext-search-box' },
          h('div', { class: 'azc-inputbox-wrapper azc-textBox-wrapper' }, icon('search'), search),
        ),
        pills,
      ),
      count,
      grid({
        columns: [
          { label: t('colName'), render: nameCell },
          { label: t('colObjectId'), render: (a) => a.objectId },
          { label: t('colApplicationId'), render: (a) => a.appId },
          { label: t('colHomepageUrl'), render: () => '' },
          { label: t('colCreatedOn'), render: (a) => formatDate(a.createdOn, { dateOnly: true }) },
          {
            label: t('colCertificateExpiryStatus'),
            render: (a) => (a.certificate ? t('certificateCurrent') : ''),
          },
          {
            label: t('colActiveCertificateExpiry'),
            render: (a) =>
              a.certificate ? formatDate(a.certificate.expires, { dateOnly: true }) : '',
          },
          {
            label: t('colIdentifierUri'),
            render: (a) => a.saml.identifiers.find((i) => i.isDefault)?.value ?? '',
          },
        ],
        rows: visible,
        rowLabel: (a) => a.displayName,
        emptyText: t('noApplicationsFound'),
      }),
    ),
  );
}
