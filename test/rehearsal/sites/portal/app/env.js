/* global URLSearchParams */
// What this page load is: which shell (by host name), which language (`?l=<ui>.<format>`, reference
// §2 "Query before the hash" and §6), and which rehearsal scenario and variants (query parameters
// before the hash, so they survive hash navigation and reloads).

const params = new URLSearchParams(location.search);

export const LANGUAGES = ['en', 'de', 'fr', 'es', 'ja'];

export const SCENARIOS = ['fresh', 'existing', 'half-filled', 'wrong', 'correct', 'no-email-claim'];

// Targets that `rehearsal-missing` can make never appear (comma-separated list).
export const MISSING_TARGETS = [
  'new-application',
  'create-your-own-application',
  'create',
  'menu-signon',
  'menu-users',
  'saml-tile',
  'edit-basic-saml',
  'add-identifier',
  'add-reply-url',
  'save',
  'edit-claims',
  'add-new-claim',
  'download-metadata',
  'add-user-group',
  'assign',
];

// Targets that `rehearsal-renamed` can give a name no word list has (comma-separated list).
export const RENAMED_TARGETS = ['create'];

/** Reference §1/§9: entra.microsoft.com and portal.azure.com serve the same blades in two shells. */
function shellKind(hostname) {
  return hostname === 'entra.microsoft.com' || hostname.endsWith('.entra.microsoft.com')
    ? 'entra'
    : 'azure';
}

/**
 * Reference §6: `?l=<ui>.<format>` forces the portal language on portal.azure.com (`?l=en.en-ie`);
 * Entra links carry `?culture=en-in`. The format part decides how dates are shown.
 */
function language() {
  const l = params.get('l') || params.get('culture') || '';
  const [ui, format] = l.toLowerCase().split('.');
  const base = (ui || '').split('-')[0];
  const lang = LANGUAGES.includes(base) ? base : 'en';
  const defaultFormat = { en: 'en-us', de: 'de-de', fr: 'fr-fr', es: 'es-es', ja: 'ja-jp' }[lang];
  return { lang, formatLocale: format || (ui && ui.includes('-') ? ui : defaultFormat) };
}

const scenarioParam = params.get('rehearsal-scenario');

export const env = {
  shell: shellKind(location.hostname),
  ...language(),
  /** The scenario named in the URL, or null when the URL names none (then the stored one stays). */
  scenarioParam: SCENARIOS.includes(scenarioParam) ? scenarioParam : null,
  render: params.get('rehearsal-render') === 'reactview' ? 'reactview' : 'knockout',
  missing: (params.get('rehearsal-missing') || '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => MISSING_TARGETS.includes(s)),
  /**
   * Targets that carry a name no word list has: the portal renames controls over time
   * (docs/portal-facts.md#saml-page lists cards under an older and a newer name, the method tile is
   * "SAML" or "SAML/WS-Fed"), so a name may change before anyone records it. Only `create` is
   * modelled: the pane's submit reads "Add", the verb the portal's own notifications use for it
   * ("Adding application", "Application added").
   */
  renamed: (params.get('rehearsal-renamed') || '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => RENAMED_TARGETS.includes(s)),
  /** `free`: portal.azure.com refuses group assignment (reference §4.8, blog-2025). */
  plan: params.get('rehearsal-plan') === 'free' ? 'free' : 'p1',
  /**
   * How the certificate card's Download saves its file. The real one is undocumented (reference §5:
   * the FileDownload control has BlobUriDownload and DataUriDownload; §12: the anchor may never be
   * attached to the document): `blob` (default) an attached `blob:` anchor, `data` a `data:`
   * anchor, `detached` a `blob:` anchor clicked without ever being attached.
   */
  download: ['data', 'detached'].includes(params.get('rehearsal-download'))
    ? params.get('rehearsal-download')
    : 'blob',
  /**
   * `plain`: the Download is a bare clickable `div.fxs-fxclick` with no link or button role (the
   * control's markup is not documented, reference §5 and §12), so no locator can be sure of it.
   */
  downloadControl: params.get('rehearsal-download-control') === 'plain' ? 'plain' : 'link',
  /** `dark`: the portal's dark theme from the first paint (it can also be switched later). */
  theme: params.get('rehearsal-theme') === 'dark' ? 'dark' : 'light',
  /**
   * The markup dialect: `a` (default) is the rehearsal's first markup; `b` is written only from
   * reference §4.1 and §12 (div form elements tied by `aria-labelledby`, `treeitem` options, the
   * `fxc-gc` div grid, no `section`/`fieldset`/`[role=group]`), and Fluent UI v9 in the ReactViews.
   */
  dialect: params.get('rehearsal-dialect') === 'b' ? 'b' : 'a',
  /** `rehearsal-late`: a context pane's body lands 2–3 s after its header (§8: blades load lazily). */
  late: params.has('rehearsal-late'),
};

/** True on dialect-B pages (`?rehearsal-dialect=b`). */
export const dialectB = env.dialect === 'b';

/** True when `rehearsal-missing` names this target: the element is then never rendered. */
export function isMissing(target) {
  return env.missing.includes(target);
}

/** True when `rehearsal-renamed` names this target: it is rendered under another name. */
export function isRenamed(target) {
  return env.renamed.includes(target);
}

/** A lazy-loading pause in the range the brief allows (150–700 ms), so tests must wait. */
export function latency(min = 150, max = 700) {
  const ms = min + Math.round(Math.random() * (max - min));
  return new Promise((resolve) => setTimeout(resolve, ms));
}
