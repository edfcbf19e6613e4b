// @vitest-environment jsdom
// "Fill in" against the rehearsal's own Basic SAML panes in both input models: the Knockout pane
// (values read on input/change) and the ReactView pane (controlled inputs that revert any value
// not typed the way a person types). The test plays the admin who clicks Save, then checks what
// the tenant "server" stored: exactly one Identifier and one Reply URL, equal to the profile.

import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PROFILE } from '../../../src/core/profile';
import { fillInput } from '../../../src/content/dom/fill';
import {
  fillBasicSaml,
  findAddLink,
  findBasicSamlPane,
  findSave,
  readRows,
  saveEnabled,
  type BasicSamlPane,
} from '../../../src/content/portal/saml/basic-saml';
import { pretendLayout } from './dom-setup';
import { openBasicSamlPane, type Rehearsal, type Render } from './rehearsal-panes';

beforeAll(pretendLayout);

const ID = DEFAULT_PROFILE.entityId;
const REPLY = DEFAULT_PROFILE.replyUrl;
const WRONG_ID = 'urn:amazon:cognito:sp:us-east-1_WRONG';

const values = (pane: BasicSamlPane) => ({
  identifier: readRows(pane.identifier).map((r) => r.value),
  replyUrl: readRows(pane.replyUrl).map((r) => r.value),
});

/** The admin's part: wait until Save is enabled (the pane is dirty and valid), click it. */
async function adminSaves(pane: BasicSamlPane, rehearsal: Rehearsal): Promise<void> {
  const before = rehearsal.saved().saveCounts.basicSaml;
  await vi.waitFor(() => expect(saveEnabled(pane.root)).toBe(true), { timeout: 4000 });
  (findSave(pane.root) as HTMLElement).click();
  await vi.waitFor(() => expect(rehearsal.saved().saveCounts.basicSaml).toBe(before + 1), {
    timeout: 4000,
  });
}

/** Save stays disabled: the pane is not dirty (checked after the pane's own enable delay). */
async function saveStaysDisabled(pane: BasicSamlPane): Promise<void> {
  await new Promise((done) => setTimeout(done, 1200));
  expect(saveEnabled(pane.root)).toBe(false);
}

const savedExactly = (rehearsal: Rehearsal) => {
  const { saml } = rehearsal.saved();
  expect(saml.identifiers).toEqual([{ value: ID, isDefault: true }]);
  expect(saml.replyUrls).toEqual([{ value: REPLY, index: null, isDefault: true }]);
};

describe.each<Render>(['knockout', 'reactview'])('fillBasicSaml (%s)', (render) => {
  async function open(scenario: Parameters<typeof openBasicSamlPane>[0]) {
    const rehearsal = await openBasicSamlPane(scenario, render);
    const pane = await vi.waitFor(() => findBasicSamlPane(document) ?? Promise.reject());
    return { rehearsal, pane };
  }

  it('fresh pane: adds a row to each list, waits for it and fills it; the saved model is exact', async () => {
    const { rehearsal, pane } = await open('existing');
    const report = await fillBasicSaml(pane, DEFAULT_PROFILE);
    expect(report.identifier).toMatchObject({
      outcome: 'added',
      wrong: null,
      default: 'unchanged',
    });
    expect(report.replyUrl).toMatchObject({ outcome: 'added', wrong: null, default: 'unchanged' });
    expect(report).toMatchObject({ changed: true, complete: true });
    expect(values(pane)).toEqual({ identifier: [ID], replyUrl: [REPLY] });
    await adminSaves(pane, rehearsal);
    savedExactly(rehearsal);
  });

  it('running "Fill in" twice changes nothing more', async () => {
    const { rehearsal, pane } = await open('existing');
    await fillBasicSaml(pane, DEFAULT_PROFILE);
    const again = await fillBasicSaml(pane, DEFAULT_PROFILE);
    expect([again.identifier.outcome, again.replyUrl.outcome]).toEqual(['kept', 'kept']);
    expect(again).toMatchObject({ changed: false, complete: true });
    expect(values(pane)).toEqual({ identifier: [ID], replyUrl: [REPLY] });
    await adminSaves(pane, rehearsal);
    // And after Save, a third run finds everything in place: nothing to save again.
    const third = await fillBasicSaml(pane, DEFAULT_PROFILE);
    expect(third.changed).toBe(false);
    await saveStaysDisabled(pane);
    savedExactly(rehearsal);
  });

  it('half-filled pane: keeps the identifier, adds the reply URL', async () => {
    const { rehearsal, pane } = await open('half-filled');
    const report = await fillBasicSaml(pane, DEFAULT_PROFILE);
    expect([report.identifier.outcome, report.replyUrl.outcome]).toEqual(['kept', 'added']);
    await adminSaves(pane, rehearsal);
    savedExactly(rehearsal);
  });

  it('wrongly-filled pane: reports the wrong values and types nothing until the admin confirms', async () => {
    const { rehearsal, pane } = await open('wrong');
    const report = await fillBasicSaml(pane, DEFAULT_PROFILE);
    expect(report.identifier).toMatchObject({ outcome: 'needs-confirmation', wrong: WRONG_ID });
    expect(report.replyUrl).toMatchObject({ outcome: 'needs-confirmation', wrong: `${REPLY}/` });
    expect(report).toMatchObject({ changed: false, complete: false });
    expect(values(pane)).toEqual({ identifier: [WRONG_ID], replyUrl: [`${REPLY}/`] });
    await saveStaysDisabled(pane);

    const replaced = await fillBasicSaml(pane, DEFAULT_PROFILE, { replaceWrong: true });
    expect(replaced.identifier).toMatchObject({ outcome: 'replaced', wrong: WRONG_ID });
    expect(replaced.replyUrl).toMatchObject({ outcome: 'replaced', wrong: `${REPLY}/` });
    expect(replaced).toMatchObject({ changed: true, complete: true });
    await adminSaves(pane, rehearsal);
    savedExactly(rehearsal);
  });

  it('already-correct pane: keeps both values and leaves the pane clean', async () => {
    const { rehearsal, pane } = await open('correct');
    const report = await fillBasicSaml(pane, DEFAULT_PROFILE);
    expect([report.identifier.outcome, report.replyUrl.outcome]).toEqual(['kept', 'kept']);
    expect(report).toMatchObject({ changed: false, complete: true });
    await saveStaysDisabled(pane);
    expect(rehearsal.saved().saveCounts.basicSaml).toBe(0);
    savedExactly(rehearsal);
  });

  it('keeps our reply URL where several exist, marks it Default and reports the other', async () => {
    const { rehearsal, pane } = await open('existing');
    // The admin added two reply URLs by hand: another app's first (Default), then ours.
    for (const value of ['https://other.example/acs', REPLY]) {
      (findAddLink(pane.replyUrl) as HTMLElement).click();
      const row = await vi.waitFor(
        () => readRows(pane.replyUrl).find((r) => !r.value) ?? Promise.reject(),
      );
      await fillInput(row.input, value);
    }
    expect(readRows(pane.replyUrl).map((r) => [r.value, r.isDefault])).toEqual([
      ['https://other.example/acs', true],
      [REPLY, false],
    ]);
    const report = await fillBasicSaml(pane, DEFAULT_PROFILE);
    expect(report.replyUrl).toEqual({
      field: 'replyUrl',
      outcome: 'kept',
      expected: REPLY,
      wrong: null,
      others: ['https://other.example/acs'],
      default: 'set',
    });
    expect(readRows(pane.replyUrl).map((r) => [r.value, r.isDefault])).toEqual([
      ['https://other.example/acs', false],
      [REPLY, true],
    ]);
    await adminSaves(pane, rehearsal);
    expect(rehearsal.saved().saml.replyUrls).toEqual([
      { value: 'https://other.example/acs', index: null, isDefault: false },
      { value: REPLY, index: null, isDefault: true },
    ]);
    expect((await fillBasicSaml(pane, DEFAULT_PROFILE)).changed).toBe(false);
  });
});
