// The portal shell ("Ibiza", reference §3.1): top bar, left navigation, breadcrumb, the blade journey,
// right-side context panes, notifications (toasts) and message boxes, all in the top document with the
// shell's `fxs-*` classes. Blades and panes load lazily behind `div.fxs-progress-dots` (reference §8).

import { env, dialectB, latency } from './env.js';
import { t } from './labels.js';
import { h, clear, activate, generatedId } from './dom.js';
import { icon } from './icons.js';
import { parseLocation, ROUTES, hashFor } from './routes.js';
import { TENANT } from './scenarios.js';

export function progressDots() {
  return h(
    'div',
    { class: 'fxs-progress-dots', role: 'progressbar', 'aria-label': t('loading') },
    [1, 2, 3, 4, 5].map(() => h('span', { class: 'fxs-progress-dots-dot' })),
  );
}

/** The X in a blade or pane header. */
function closeButton(onClose) {
  const el = h(
    'div',
    {
      class: 'fxs-blade-close fxs-blade-button',
      role: 'button',
      tabindex: '0',
      title: t('close'),
      'aria-label': t('close'),
    },
    icon('close'),
  );
  return activate(el, onClose);
}

/** One blade (root, child) or context pane: header with title, content area with loading state. */
class BladeFrame {
  constructor({ kind, onClose }) {
    this.controller = new window.AbortController();
    this.signal = this.controller.signal;
    this.titleText = h('h2', { class: 'fxs-blade-title-titleText' });
    this.subtitleText = h('div', { class: 'fxs-blade-title-subtitleText' });
    this.iconHolder = h('div', { class: 'fxs-blade-title-icon' });
    this.content = h('div', { class: 'fxs-blade-content' });
    // Dialect B: a plain `div` (reference §12: no public capture shows a `section` in the portal).
    this.el = h(
      dialectB ? 'div' : 'section',
      {
        class: kind === 'pane' ? 'fxs-blade fxs-contextpane' : 'fxs-blade fxs-blade-maximized',
        role: kind === 'pane' ? 'complementary' : 'region',
      },
      h(
        'header',
        { class: 'fxs-blade-header' },
        h(
          'div',
          { class: 'fxs-blade-title' },
          this.iconHolder,
          h('div', { class: 'fxs-blade-title-content' }, this.titleText, this.subtitleText),
        ),
        h(
          'div',
          { class: 'fxs-blade-actions' },
          kind === 'pane'
            ? null
            : h('div', { class: 'fxs-blade-button', 'aria-hidden': 'true' }, icon('more')),
          closeButton(onClose),
        ),
      ),
      this.content,
    );
  }

  setTitle(title, subtitle = '') {
    this.title = title;
    this.titleText.textContent = title;
    this.subtitleText.textContent = subtitle;
    this.subtitleText.hidden = !subtitle;
    this.el.setAttribute('aria-label', title);
    this.onTitle?.();
  }

  setIcon(el) {
    clear(this.iconHolder).append(el || '');
    this.iconHolder.hidden = !el;
  }

  loading(on) {
    clear(this.content);
    if (on) this.content.append(progressDots());
  }

  dispose() {
    this.controller.abort();
    this.el.remove();
  }
}

export class Shell {
  constructor(root) {
    this.root = root;
    this.rootBlade = null;
    this.children = [];
    this.pane = null;
    this.crumbsFor = () => [];
    this.notificationCount = 0;
    this.build();
  }

  build() {
    const brand = env.shell === 'entra' ? t('entraAdminCenter') : t('microsoftAzure');
    this.bell = h('span', { class: 'fxs-topbar-badge', hidden: true });
    this.topbar = h(
      'header',
      { class: 'fxs-topbar', role: 'banner' },
      activate(
        h(
          'div',
          {
            class: 'fxs-topbar-button fxs-topbar-menu',
            role: 'button',
            tabindex: '0',
            'aria-label': t('portalMenu'),
            title: t('portalMenu'),
          },
          icon('menu'),
        ),
        () => document.body.classList.toggle('fxs-sidebar-collapsed'),
      ),
      h('a', { class: 'fxs-topbar-brand', href: hashFor.home() }, brand),
      h(
        'div',
        { class: 'fxs-topbar-search' },
        icon('search'),
        h('input', {
          type: 'search',
          class: 'fxs-topbar-search-input',
          placeholder: t('topSearch'),
          'aria-label': t('topSearch'),
        }),
      ),
      h(
        'div',
        { class: 'fxs-topbar-buttons' },
        env.shell === 'azure' ? this.topbarButton('shell', t('cloudShell')) : null,
        this.topbarButton('bell', t('notifications'), this.bell),
        this.topbarButton('gear', t('settings')),
        this.topbarButton('help', t('helpAndSupport')),
        this.topbarButton('feedback', t('feedback')),
      ),
      h(
        'div',
        { class: 'fxs-avatarmenu', role: 'button', tabindex: '0', 'aria-label': TENANT.admin.upn },
        h(
          'div',
          { class: 'fxs-avatarmenu-text' },
          h('div', { class: 'fxs-avatarmenu-username' }, TENANT.admin.upn),
          h(
            'div',
            { class: 'fxs-avatarmenu-tenant' },
            `${TENANT.name.toUpperCase()} (${TENANT.domain.toUpperCase()})`,
          ),
        ),
        h('span', { class: 'fxs-avatarmenu-picture' }, 'MA'),
      ),
    );
    this.sidebar = this.buildSidebar();
    this.breadcrumb = h('ol', { class: 'fxs-breadcrumb-list' });
    this.journey = h('div', { class: 'fxs-journey' });
    this.paneHost = h('div', { class: 'fxs-contextpane-host' });
    this.toastHost = h('div', { class: 'fxs-toast-host', 'aria-live': 'polite' });
    this.messageHost = h('div', { class: 'fxs-messagebox-host' });
    this.root.append(
      this.topbar,
      h(
        'div',
        { class: 'fxs-portal-main' },
        this.sidebar,
        h(
          'main',
          { class: 'fxs-portal-content' },
          h('nav', { class: 'fxs-breadcrumb', 'aria-label': t('breadcrumb') }, this.breadcrumb),
          this.journey,
        ),
      ),
      this.paneHost,
      this.toastHost,
      this.messageHost,
    );
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.pane && !this.messageHost.firstChild) this.closePane();
    });
  }

  topbarButton(name, label, extra = null) {
    return h(
      'div',
      {
        class: 'fxs-topbar-button',
        role: 'button',
        tabindex: '0',
        title: label,
        'aria-label': label,
      },
      icon(name),
      extra,
    );
  }

  /** Left navigation: Entra admin center's tree, or the Azure portal's docked portal menu. */
  buildSidebar() {
    const item = (iconName, label, href, indent = false) =>
      h(
        'li',
        {},
        h(
          'a',
          { class: indent ? 'fxs-sidebar-item fxs-sidebar-subitem' : 'fxs-sidebar-item', href },
          icon(iconName),
          h('span', { class: 'fxs-sidebar-item-text' }, label),
        ),
      );
    const items =
      env.shell === 'entra'
        ? [
            item('home', t('home'), hashFor.home()),
            h('li', { class: 'fxs-sidebar-group' }, icon('entra'), t('entraId')),
            item('info', t('overview'), hashFor.entraOverview(), true),
            item('user', t('navUsers'), hashFor.users(), true),
            item('users', t('navGroups'), hashFor.groups(), true),
            item('apps', t('navEnterpriseApps'), hashFor.appsList(), true),
            item('list', t('appRegistrations'), hashFor.appRegistrations(), true),
          ]
        : [
            item('plus', t('createResource'), hashFor.home()),
            item('home', t('home'), hashFor.home()),
            item('list', t('allServices'), hashFor.home()),
            h('li', { class: 'fxs-sidebar-group' }, t('favorites')),
            item('entra', t('microsoftEntraId'), hashFor.entraOverview()),
            item('apps', t('enterpriseApplications'), hashFor.appsList()),
            item('list', t('appRegistrations'), hashFor.appRegistrations()),
            item('user', t('navUsers'), hashFor.users()),
          ];
    return h('nav', { class: 'fxs-sidebar', 'aria-label': t('portalMenu') }, h('ul', {}, items));
  }

  renderBreadcrumb() {
    const crumbs = [{ label: t('home'), href: hashFor.home() }, ...this.crumbsFor()];
    if (this.rootBlade?.title && this.rootBlade.route?.blade !== 'home') {
      crumbs.push({ label: this.rootBlade.crumb || this.rootBlade.title });
    }
    for (const child of this.children) crumbs.push({ label: child.title });
    const lastIndex = crumbs.length - 1;
    clear(this.breadcrumb).append(
      ...crumbs.map((c, i) =>
        h(
          'li',
          { class: 'fxs-breadcrumb-item' },
          c.href && i !== lastIndex
            ? h('a', { class: 'fxs-breadcrumb-link', href: c.href }, c.label)
            : h(
                'span',
                { class: 'fxs-breadcrumb-text', 'aria-current': i === lastIndex ? 'page' : null },
                c.label,
              ),
        ),
      ),
    );
    const top = this.children.at(-1) || this.rootBlade;
    const brand = env.shell === 'entra' ? t('entraAdminCenter') : t('microsoftAzure');
    document.title = top?.title ? `${top.title} - ${brand}` : brand;
  }

  /** Shows the blade for the current location; returns when its content has rendered. */
  async showLocation() {
    const route = parseLocation(location);
    const def = ROUTES[route.blade];
    const key = def.key ? def.key(route) : route.blade;
    this.closePane();
    this.closeChildren();
    if (this.rootBlade && this.rootBlade.key === key && this.rootBlade.update) {
      this.rootBlade.route = route;
      await this.rootBlade.update(route);
      this.renderBreadcrumb();
      return;
    }
    this.rootBlade?.dispose();
    const blade = new BladeFrame({ kind: 'blade', onClose: () => this.navigate(hashFor.home()) });
    blade.key = key;
    blade.route = route;
    blade.onTitle = () => this.renderBreadcrumb();
    this.rootBlade = blade;
    this.crumbsFor = () => [];
    blade.setTitle('');
    this.journey.append(blade.el);
    blade.loading(true);
    const [module] = await Promise.all([def.load(), latency()]);
    if (blade.signal.aborted) return;
    blade.loading(false);
    await module.open({ route, blade, shell: this });
    this.renderBreadcrumb();
  }

  /** Crumbs between Home and the root blade (e.g. "Enterprise applications" above an app). */
  setParentCrumbs(fn) {
    this.crumbsFor = fn;
    this.renderBreadcrumb();
  }

  navigate(hash) {
    if (location.hash === hash) this.showLocation();
    else location.hash = hash;
  }

  /**
   * Opens a child blade over the current one (no deep link is known for these, reference §2, so the
   * hash stays). `render(blade)` fills it; the previous blade is detached and comes back on close.
   */
  async openChildBlade(render, { minDelay = 150, maxDelay = 500 } = {}) {
    this.closePane();
    const previous = this.children.at(-1) || this.rootBlade;
    const blade = new BladeFrame({ kind: 'blade', onClose: () => this.closeChildBlade(blade) });
    blade.onTitle = () => this.renderBreadcrumb();
    blade.previous = previous;
    this.children.push(blade);
    previous.el.remove();
    this.journey.append(blade.el);
    blade.loading(true);
    await latency(minDelay, maxDelay);
    if (blade.signal.aborted) return blade;
    blade.loading(false);
    await render(blade);
    this.renderBreadcrumb();
    return blade;
  }

  closeChildBlade(blade) {
    const index = this.children.indexOf(blade);
    if (index < 0) return;
    this.closePane();
    for (const child of this.children.splice(index)) child.dispose();
    this.journey.append(blade.previous.el);
    blade.previous.onReturn?.();
    this.renderBreadcrumb();
  }

  closeChildren() {
    if (this.children.length) this.closeChildBlade(this.children[0]);
  }

  /** A right-side context pane (reference §4.3 "Create your own application", §4.6 Basic SAML). */
  async openPane(render, { size = 'medium', minDelay = 150, maxDelay = 450 } = {}) {
    this.closePane();
    const pane = new BladeFrame({ kind: 'pane', onClose: () => this.closePane(pane) });
    pane.el.classList.add(`fxs-contextpane-${size}`);
    this.pane = pane;
    this.paneHost.append(pane.el);
    this.paneHost.classList.add('fxs-contextpane-host-open');
    pane.loading(true);
    // `rehearsal-late`: the pane's body renders seconds after its header (§8: blades load lazily).
    await (env.late ? latency(2000, 3000) : latency(minDelay, maxDelay));
    if (pane.signal.aborted) return pane;
    pane.loading(false);
    await render(pane);
    if (!pane.el.contains(document.activeElement)) pane.titleText.setAttribute('tabindex', '-1');
    if (!pane.el.contains(document.activeElement)) pane.titleText.focus({ preventScroll: true });
    return pane;
  }

  closePane(pane = this.pane) {
    if (!pane || pane !== this.pane) return;
    pane.dispose();
    pane.onClosed?.();
    this.pane = null;
    this.paneHost.classList.remove('fxs-contextpane-host-open');
  }

  /** A notification toast (reference §4.6 "After Save: a notification (toast) appears"). */
  toast({ title, description = '', kind = 'success', duration = 7000 }) {
    const el = h(
      'div',
      { class: `fxs-toast fxs-toast-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
      icon(kind === 'error' ? 'error' : kind === 'progress' ? 'info' : 'success', 'fxs-toast-icon'),
      h(
        'div',
        { class: 'fxs-toast-body' },
        h('div', { class: 'fxs-toast-title' }, title),
        description ? h('div', { class: 'fxs-toast-description' }, description) : null,
      ),
    );
    const closer = closeButton(() => el.remove());
    el.append(closer);
    this.toastHost.prepend(el);
    this.notificationCount += 1;
    this.bell.textContent = String(this.notificationCount);
    this.bell.hidden = false;
    setTimeout(() => el.remove(), duration);
    return el;
  }

  /**
   * A modal message box (`.fxs-messagebox` with `.fxc-simplebutton` buttons, reference §4.1).
   * Resolves with the key of the button pressed (Escape picks the last button).
   */
  messageBox({ title, text, buttons }) {
    return new Promise((resolve) => {
      const titleId = generatedId();
      const finish = (key) => {
        overlay.remove();
        document.removeEventListener('keydown', onKey, true);
        previousFocus?.focus?.();
        resolve(key);
      };
      const onKey = (event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          finish(buttons.at(-1).key);
        }
      };
      const previousFocus = document.activeElement;
      const buttonEls = buttons.map((b, i) =>
        activate(
          h(
            'div',
            {
              class: `fxc-base fxc-simplebutton fxs-button ${i === 0 ? 'fxs-portal-button-primary' : ''}`,
              role: 'button',
              tabindex: '0',
            },
            h('span', { class: 'fxs-button-text' }, b.label),
          ),
          () => finish(b.key),
        ),
      );
      const overlay = h(
        'div',
        { class: 'fxs-messagebox-overlay' },
        h(
          'div',
          {
            class: 'fxs-messagebox',
            role: 'dialog',
            'aria-modal': 'true',
            'aria-labelledby': titleId,
          },
          h('div', { class: 'fxs-messagebox-title', id: titleId }, title),
          text ? h('div', { class: 'fxs-messagebox-text' }, text) : null,
          h('div', { class: 'fxs-messagebox-buttons' }, buttonEls),
        ),
      );
      this.messageHost.append(overlay);
      document.addEventListener('keydown', onKey, true);
      buttonEls[0].focus();
    });
  }
}
