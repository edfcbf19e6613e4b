// The transfer's steps: the order the background sends them in, Domains only when chosen, and
// every message the popup shows for a step, state, problem or target in both languages.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ENABLE_TYPES,
  plannedSteps,
  stepAfter,
  TRANSFER_PROBLEMS,
  TRANSFER_STEPS,
  TRANSFER_TARGETS,
} from '../../src/core/transfer-steps';

describe('plannedSteps and stepAfter', () => {
  it('goes from finding the tab to reading back, with Domains only for selected domains', () => {
    expect(plannedSteps('domains')).toEqual([...TRANSFER_STEPS]);
    expect(plannedSteps('all')).not.toContain('domains');
    expect(stepAfter('connection-name', 'domains')).toBe('domains');
    expect(stepAfter('connection-name', 'all')).toBe('metadata-file');
    expect(stepAfter('verify', 'disabled')).toBe('save');
    expect(stepAfter('read-back', 'all')).toBeNull();
  });
  it('puts Save after every field and the check, and the read-back after Save', () => {
    for (const type of ENABLE_TYPES) {
      const plan = plannedSteps(type);
      expect(plan.indexOf('save')).toBe(plan.length - 2);
      expect(plan.indexOf('verify')).toBe(plan.length - 3);
    }
  });
});

describe('transfer messages', () => {
  const load = (lang: string): Record<string, unknown> =>
    JSON.parse(
      readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'),
    );
  const key = (code: string) => code.replaceAll('-', '_');
  const wanted = [
    ...TRANSFER_STEPS.map((step) => `transferStep_${key(step)}`),
    ...TRANSFER_PROBLEMS.map((problem) => `transferProblem_${key(problem)}`),
    ...TRANSFER_TARGETS.map((target) => `transferTarget_${key(target)}`),
    ...['done', 'current', 'waiting', 'failed', 'todo'].map((state) => `transferState_${state}`),
    ...ENABLE_TYPES.map((type) => `transferEnable_${type}`),
  ];
  it.each(['en', 'de'])('has every message built from a code in %s', (lang) => {
    const messages = load(lang);
    expect(wanted.filter((name) => !(name in messages))).toEqual([]);
  });
  it("uses Asset Panda's wording for the Enable Type choices in English", () => {
    const en = load('en') as Record<string, { message: string }>;
    expect(ENABLE_TYPES.map((type) => en[`transferEnable_${type}`]?.message)).toEqual([
      'Enable for all users',
      'Enable for selected domains',
      'Disable for all users',
    ]);
  });
});
