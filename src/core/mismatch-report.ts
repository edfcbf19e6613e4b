// "This page looks different" (issue 13 part 5; a name tests and support staff rely on): a local, redacted report of
// a target the assistant could not find with certainty, for the admin to copy or save and hand to
// support. It holds what helps fix a locator and nothing of the organization's: the target, how
// many elements each strategy matched, the route with GUIDs, tenant and organization names
// replaced, the page's language, the extension's version, the word overrides in force, and a DOM
// skeleton (tags, roles, class names, attribute names; no text, values or ids). Nothing is sent.

import type { WordOverrides } from './word-overrides';

export interface StrategyCount {
  /** What the strategy looks for (its note, or its kind), never page content. */
  strategy: string;
  matches: number;
}

export interface MismatchReport {
  site: 'assetpanda' | 'portal';
  target: string;
  strategies: StrategyCount[];
  route: string;
  language: string;
  extensionVersion: string;
  overrides: WordOverrides;
  skeleton: string;
}

/** The most a report may be (messages and storage bound it too). */
export const MAX_REPORT_LENGTH = 60_000;

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const EMAIL = /[^\s/@#?&=]+@[^\s/@#?&=]+\.[a-z]{2,}/gi;
const DOMAIN = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;

/**
 * The address without what names the organization: GUIDs (tenants, apps, objects), tenant domains
 * (`#@contoso.onmicrosoft.com`, `entra.microsoft.com/contoso.com/`), an Asset Panda organization's
 * sub-domain, e-mail addresses, long numbers, and every query or hash parameter's value.
 */
export function redactRoute(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return '<not a URL>';
  }
  const host = url.hostname.endsWith('.assetpanda.app')
    ? '<organization>.assetpanda.app'
    : url.hostname;
  const redact = (part: string) =>
    part
      .replace(GUID, '<guid>')
      .replace(EMAIL, '<email>')
      .replace(/@[^/?#]+/g, '@<tenant>')
      .replace(/\d{5,}/g, '<number>');
  const path = url.pathname
    .split('/')
    .map((segment) => (DOMAIN.test(decodeURIComponent(segment)) ? '<tenant>' : redact(segment)))
    .join('/');
  const params = (search: string) =>
    search.replace(/=([^&#]*)/g, (_, value: string) => (value ? '=<value>' : '='));
  const hash = redact(params(url.hash));
  return `${url.protocol}//${host}${path}${params(url.search)}${hash}`;
}

/** The report as the admin copies or saves it. */
export function formatReport(report: MismatchReport): string {
  const lines = [
    'Asset Panda SSO Assistant: this page looks different',
    `Site: ${report.site}`,
    `Target not found with certainty: ${report.target}`,
    'Matches per strategy (in order of trust; exactly 1 visible match is needed):',
    ...report.strategies.map((s, i) => `  ${i + 1}. ${s.strategy}: ${s.matches}`),
    `Route: ${report.route}`,
    `Page language: ${report.language || '(not set)'}`,
    `Extension version: ${report.extensionVersion}`,
    'Word overrides in force:',
    ...(Object.keys(report.overrides).length
      ? Object.entries(report.overrides).map(
          ([target, words]) => `  ${target}: ${JSON.stringify(words)}`,
        )
      : ['  (none)']),
    'DOM skeleton (tags, roles, class names, attribute names; no text, values or ids):',
    report.skeleton,
  ];
  return lines.join('\n').slice(0, MAX_REPORT_LENGTH);
}
