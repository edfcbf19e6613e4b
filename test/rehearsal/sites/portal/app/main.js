// Boots the rehearsal portal: the shell, the hash router, and `window.rehearsal` for tests.

import { env } from './env.js';
import { server } from './server.js';
import { Shell } from './shell.js';

document.documentElement.lang = env.lang;
document.body.classList.add(`fxs-shell-${env.shell}`);
setTheme(env.theme);

/** Switches the theme in place, as the portal's Settings pane does. */
function setTheme(theme) {
  document.body.classList.toggle('rehearsal-theme-dark', theme === 'dark');
}

const shell = new Shell(document.body);

let resolveReady;
const ready = new Promise((resolve) => {
  resolveReady = resolve;
});

let showing = Promise.resolve();
function show() {
  showing = shell.showLocation().catch((error) => {
    // A blade that fails is a bug in the rehearsal: make it loud in the console and on the page.
    console.error(error);
  });
  return showing;
}

window.addEventListener('hashchange', show);

/**
 * The test API (main world). `state()` is a deep copy of the tenant model, `reset()` re-seeds it from
 * the scenario and re-renders, `ready` resolves once the first blade has rendered its content.
 */
window.rehearsal = Object.freeze({
  state: () => server.model(),
  reset: async () => {
    server.reset();
    await show();
    return server.model();
  },
  ready,
  setTheme,
  get scenario() {
    return server.scenario;
  },
  options: Object.freeze({
    shell: env.shell,
    lang: env.lang,
    formatLocale: env.formatLocale,
    render: env.render,
    missing: [...env.missing],
    plan: env.plan,
    theme: env.theme,
    dialect: env.dialect,
    late: env.late,
  }),
});

show().then(() => resolveReady());
