// @vitest-environment jsdom
// "Fill in" where the page does not play along: an "Add identifier" row that appears late or never,
// a missing link, a value the page throws away, a Default tick that does not hold, two panes.
// A small hand-made pane (the portal's structure, no framework) makes each case exact.

import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../../src/core/profile';
import { fillBasicSaml, findBasicSamlPane } from '../../../src/content/portal/saml/basic-saml';
import { pretendLayout } from './dom-setup';

beforeAll(pretendLayout);
beforeEach(() => document.body.replaceChildren());

interface Behaviour {
  /** How long "Add …" takes to show its row; null: it never does. */
  addDelayMs?: number | null;
  /** The "Add …" link is there but disabled. */
  disabledLink?: boolean;
  /** Rows already there: [value, default]. */
  rows?: [string, boolean][];
  /** The page puts the old value back after each input event. */
  revert?: boolean;
  /** The Default check box ignores clicks. */
  stuckDefault?: boolean;
}

function section(label: string, link: string, behaviour: Behaviour): HTMLElement {
  const el = document.createElement('section');
  el.setAttribute('role', 'group');
  el.innerHTML = `<h3>${label}</h3><table role="grid"><tbody></tbody></table>`;
  const body = el.querySelector('tbody')!;
  const addRow = (value: string, isDefault: boolean) => {
    const row = document.createElement('tr');
    row.innerHTML = '<td><input type="text"></td><td><div role="checkbox"></div></td>';
    const input = row.querySelector('input')!;
    input.value = value;
    if (behaviour.revert)
      input.addEventListener('input', () => setTimeout(() => (input.value = value), 0));
    const box = row.querySelector('[role="checkbox"]')!;
    box.setAttribute('aria-checked', String(isDefault));
    box.addEventListener('click', () => {
      if (behaviour.stuckDefault) return;
      body
        .querySelectorAll('[role="checkbox"]')
        .forEach((b) => b.setAttribute('aria-checked', 'false'));
      box.setAttribute('aria-checked', 'true');
    });
    body.append(row);
  };
  for (const [value, isDefault] of behaviour.rows ?? []) addRow(value, isDefault);
  const a = document.createElement('a');
  a.href = '#';
  a.textContent = link;
  if (behaviour.disabledLink) a.setAttribute('aria-disabled', 'true');
  a.addEventListener('click', (event) => {
    event.preventDefault();
    const delay = behaviour.addDelayMs === undefined ? 0 : behaviour.addDelayMs;
    if (delay !== null) setTimeout(() => addRow('', body.children.length === 0), delay);
  });
  el.append(a);
  return el;
}

function buildPane(identifier: Behaviour, replyUrl: Behaviour = identifier): void {
  const pane = document.createElement('section');
  pane.setAttribute('role', 'complementary');
  pane.append(
    section('Identifier (Entity ID)', 'Add identifier', identifier),
    section('Reply URL (Assertion Consumer Service URL)', 'Add reply URL', replyUrl),
  );
  document.body.append(pane);
}

const inputs = () => [...document.querySelectorAll('input')].map((i) => i.value);

describe('fillBasicSaml where the page does not play along', () => {
  it('waits for a row that "Add identifier" creates late, then fills it', async () => {
    buildPane({ addDelayMs: 120 });
    const report = await fillBasicSaml(findBasicSamlPane()!, DEFAULT_PROFILE);
    expect([report.identifier.outcome, report.replyUrl.outcome]).toEqual(['added', 'added']);
    expect(inputs()).toEqual([DEFAULT_PROFILE.entityId, DEFAULT_PROFILE.replyUrl]);
  });

  it('says so when "Add identifier" creates no row in time, and types nowhere', async () => {
    buildPane({ addDelayMs: null });
    const report = await fillBasicSaml(findBasicSamlPane()!, DEFAULT_PROFILE, { timeoutMs: 150 });
    expect([report.identifier.outcome, report.replyUrl.outcome]).toEqual([
      'no-new-row',
      'no-new-row',
    ]);
    expect(report).toMatchObject({ changed: false, complete: false });
    expect(inputs()).toEqual([]);
  });

  // A list with neither rows nor an "Add …" link is not taken for the pane's list at all: the
  // SAML page's read-only card shows the same label with neither.
  it('says "not-found" when the list\'s link to add a row cannot be used', async () => {
    buildPane({ disabledLink: true }, { rows: [['', true]] });
    const report = await fillBasicSaml(findBasicSamlPane()!, DEFAULT_PROFILE);
    expect(report.identifier.outcome).toBe('not-found');
    expect(report.replyUrl.outcome).toBe('filled');
    expect(report.complete).toBe(false);
  });

  it('reports a value the page throws away', async () => {
    buildPane({ rows: [['', true]], revert: true });
    const report = await fillBasicSaml(findBasicSamlPane()!, DEFAULT_PROFILE);
    expect([report.identifier.outcome, report.replyUrl.outcome]).toEqual(['reverted', 'reverted']);
    expect(report.complete).toBe(false);
    expect(inputs()).toEqual(['', '']);
  });

  it('reports a Default tick that does not hold', async () => {
    const rows: [string, boolean][] = [
      ['https://other.example/acs', true],
      [DEFAULT_PROFILE.replyUrl, false],
    ];
    buildPane({ rows: [[DEFAULT_PROFILE.entityId, true]] }, { rows, stuckDefault: true });
    const report = await fillBasicSaml(findBasicSamlPane()!, DEFAULT_PROFILE, { timeoutMs: 150 });
    expect(report.replyUrl).toMatchObject({ outcome: 'kept', default: 'failed' });
    expect(report.complete).toBe(false);
  });

  it('a second "Fill in" while the first runs joins it: one row, not two', async () => {
    buildPane({ addDelayMs: 120 });
    const pane = findBasicSamlPane()!;
    const [first, second] = await Promise.all([
      fillBasicSaml(pane, DEFAULT_PROFILE),
      fillBasicSaml(pane, DEFAULT_PROFILE),
    ]);
    expect(second).toBe(first);
    expect(inputs()).toEqual([DEFAULT_PROFILE.entityId, DEFAULT_PROFILE.replyUrl]);
  });

  it('finds no pane, so touches nothing, when two are shown', () => {
    buildPane({});
    buildPane({});
    expect(findBasicSamlPane()).toBeNull();
  });
});
