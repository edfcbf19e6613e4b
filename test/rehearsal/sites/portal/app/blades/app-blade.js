// An enterprise app's blade, ManagedAppMenuBlade (reference §2, §4.1): resource menu items
// `div.fxc-menu-listView-item[data-telemetryname=Menu-<Id>]` (Menu-Overview, Menu-Users, Menu-SignOn, …),
// the "Manage" and later groups appearing late (§8), and the selected item's content. Route
// `#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/<MenuId>/objectId/{sp}/appId/{appId}/…`.

import { h } from '../dom.js';
import { isMissing } from '../env.js';
import { t } from '../labels.js';
import { appTile } from '../icons.js';
import { server } from '../server.js';
import { hashFor } from '../routes.js';
import { menuBlade, notModelled } from './menu-blade.js';

const CONTENT = {
  Overview: () => import('./app-overview.js'),
  SignOn: () => import('./sign-on.js'),
  Users: () => import('./users-groups.js'),
};

function menuGroups() {
  return {
    first: [
      {
        label: null,
        items: [
          { id: 'Overview', label: t('overview'), icon: 'info' },
          { id: 'DeploymentPlan', label: t('deploymentPlan'), icon: 'list' },
          { id: 'Troubleshoot', label: t('diagnoseAndSolve'), icon: 'help' },
        ],
      },
    ],
    late: [
      {
        label: t('manage'),
        items: [
          { id: 'Properties', label: t('properties'), icon: 'list' },
          { id: 'Owners', label: t('owners'), icon: 'user' },
          { id: 'RolesAndAdministrators', label: t('rolesAndAdministrators'), icon: 'users' },
          {
            id: 'Users',
            label: t('usersAndGroups'),
            icon: 'users',
            missing: isMissing('menu-users'),
          },
          {
            id: 'SignOn',
            label: t('singleSignOn'),
            icon: 'key',
            missing: isMissing('menu-signon'),
          },
          { id: 'ProvisioningManagement', label: t('provisioning'), icon: 'refresh' },
          { id: 'AppProxy', label: t('applicationProxy'), icon: 'shell' },
          { id: 'SelfService', label: t('selfService'), icon: 'user' },
          { id: 'CustomSecurityAttributes', label: t('customSecurityAttributes'), icon: 'key' },
        ],
      },
      {
        label: t('security'),
        items: [
          { id: 'ConditionalAccess', label: t('conditionalAccess'), icon: 'shield' },
          { id: 'Permissions', label: t('permissions'), icon: 'key' },
          { id: 'TokenEncryption', label: t('tokenEncryption'), icon: 'shield' },
        ],
      },
      {
        label: t('activity'),
        items: [
          { id: 'SignInLogs', label: t('signInLogs'), icon: 'list' },
          { id: 'UsageAndInsights', label: t('usageAndInsights'), icon: 'chart' },
          { id: 'AuditLogs', label: t('auditLogs'), icon: 'list' },
          { id: 'ProvisioningActivity', label: t('provisioningLogs'), icon: 'list' },
          { id: 'AccessReviews', label: t('accessReviews'), icon: 'users' },
        ],
      },
      {
        label: t('troubleshootingSupport'),
        items: [{ id: 'NewSupportRequest', label: t('newSupportRequest'), icon: 'help' }],
      },
    ],
  };
}

export async function open({ route, blade, shell }) {
  const app = server.app(route.params.objectId);
  shell.setParentCrumbs(() => [
    { label: `${t('enterpriseApplications')} | ${t('allApplications')}`, href: hashFor.appsList() },
  ]);
  if (!app) {
    blade.setTitle(t('applicationNotFound'));
    blade.content.append(
      h(
        'div',
        { class: 'fxs-part-content' },
        t('applicationNotFoundText', route.params.objectId ?? ''),
      ),
    );
    return;
  }
  blade.setIcon(appTile(app.displayName));
  blade.crumb = app.displayName;
  const groups = menuGroups();
  const labels = new Map(
    [...groups.first, ...groups.late].flatMap((g) => g.items).map((i) => [i.id, i.label]),
  );
  const withHref = (list) =>
    list.map((g) => ({
      ...g,
      items: g.items.map((i) => ({ ...i, href: hashFor.app(app, i.id) })),
    }));
  const layout = menuBlade({
    blade,
    groups: withHref(groups.first),
    lateGroups: withHref(groups.late),
    selected: route.menu,
  });

  const show = async (r) => {
    const current = server.app(app.objectId) || app;
    const mode = r.params.preferredSingleSignOnMode ?? current.ssoMode;
    layout.menu.setHrefs((id) => hashFor.app(current, id, mode));
    const setTitle = (suffix) =>
      blade.setTitle(`${current.displayName} | ${suffix}`, t('enterpriseApplication'));
    setTitle(labels.get(r.menu) ?? r.menu);
    await layout.show(r.menu, async (container, signal) => {
      const load = CONTENT[r.menu];
      if (!load) {
        container.append(notModelled(labels.get(r.menu) ?? r.menu));
        return;
      }
      const module = await load();
      if (signal.aborted) return;
      await module.render({ app: current, route: r, blade, shell, container, signal, setTitle });
    });
  };
  blade.update = show;
  await show(route);
}
