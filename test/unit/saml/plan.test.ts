// The plan for one list of the Basic SAML pane, from its values alone: fresh, half-filled, wrong
// and correct lists, and the cases around them (empty rows, several values, Default).

import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../../src/core/profile';
import { planBasicSaml, planField } from '../../../src/content/portal/saml/plan';

const ID = DEFAULT_PROFILE.entityId;
const REPLY = DEFAULT_PROFILE.replyUrl;
const row = (value: string, isDefault = false) => ({ value, isDefault });

describe('planField', () => {
  it('adds a row to an empty list (a fresh pane)', () => {
    expect(planField([], ID, false)).toEqual({
      action: 'add-row',
      row: null,
      current: '',
      makeDefault: false,
      others: [],
    });
  });

  it('types into an empty row rather than adding another', () => {
    expect(planField([row('', true)], ID, false)).toMatchObject({ action: 'fill-empty', row: 0 });
    expect(planField([row('   '), row('')], ID, false)).toMatchObject({
      action: 'fill-empty',
      row: 0,
    });
  });

  it('keeps a correct value and adds nothing (a correct or half-filled pane)', () => {
    expect(planField([row(ID, true)], ID, false)).toEqual({
      action: 'keep',
      row: 0,
      current: ID,
      makeDefault: false,
      others: [],
    });
  });

  it('asks before replacing a wrong value, and replaces it once confirmed', () => {
    const wrong = [row(`${REPLY}/`, true)];
    expect(planField(wrong, REPLY, false)).toEqual({
      action: 'ask-replace',
      row: 0,
      current: `${REPLY}/`,
      makeDefault: false,
      others: [],
    });
    expect(planField(wrong, REPLY, true)).toMatchObject({ action: 'replace-wrong', row: 0 });
  });

  it('compares character for character: case, spaces and a trailing slash make a value wrong', () => {
    for (const near of [REPLY.toUpperCase(), ` ${REPLY}`, `${REPLY}/`])
      expect(planField([row(near, true)], REPLY, false).action).toBe('ask-replace');
  });

  it('reports a wrong value even when an empty row is there too: it is never silently kept', () => {
    expect(planField([row(''), row('urn:other', true)], ID, false)).toMatchObject({
      action: 'ask-replace',
      row: 1,
      current: 'urn:other',
    });
  });

  it('where several values exist, keeps ours, marks it Default and lists the others', () => {
    expect(planField([row('https://other.example/acs', true), row(REPLY)], REPLY, false)).toEqual({
      action: 'keep',
      row: 1,
      current: REPLY,
      makeDefault: true,
      others: ['https://other.example/acs'],
    });
    expect(
      planField([row(REPLY, true), row('https://other.example/acs')], REPLY, false),
    ).toMatchObject({ makeDefault: false });
  });

  it('with several wrong values, replaces the Default one and makes the result Default', () => {
    expect(planField([row('urn:a'), row('urn:b', true)], ID, true)).toMatchObject({
      action: 'replace-wrong',
      row: 1,
      makeDefault: false,
      others: ['urn:a'],
    });
    expect(planField([row('urn:a'), row('urn:b')], ID, true)).toMatchObject({
      action: 'replace-wrong',
      row: 0,
      makeDefault: true,
      others: ['urn:b'],
    });
  });
});

describe('planBasicSaml', () => {
  it('plans both lists with the profile values', () => {
    const plan = planBasicSaml(
      { identifier: [row(ID, true)], replyUrl: [] },
      { ...DEFAULT_PROFILE },
    );
    expect(plan.identifier.action).toBe('keep');
    expect(plan.replyUrl.action).toBe('add-row');
  });

  it('uses a changed profile (options or policy)', () => {
    const profile = { ...DEFAULT_PROFILE, entityId: 'urn:amazon:cognito:sp:eu-west-1_Other' };
    const plan = planBasicSaml(
      { identifier: [row(ID, true)], replyUrl: [row(REPLY, true)] },
      profile,
    );
    expect(plan.identifier).toMatchObject({ action: 'ask-replace', current: ID });
    expect(plan.replyUrl.action).toBe('keep');
  });
});
