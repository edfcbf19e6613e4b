// The transfer's steps: the order the background sends them in, Domains only when chosen, and
// Asset Panda's own words for the Enable Type choices. (That every step, state, problem and target
// has its message is the typecheck's: the popup builds each key with codeKey and t() takes only
// keys that exist.)

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ENABLE_TYPES,
  plannedSteps,
  stepAfter,
  TRANSFER_STEPS,
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
  it("uses Asset Panda's wording for the Enable Type choices in English", () => {
    const en = load('en') as Record<string, { message: string }>;
    expect(ENABLE_TYPES.map((type) => en[`transferEnable_${type}`]?.message)).toEqual([
      'Enable for all users',
      'Enable for selected domains',
      'Disable for all users',
    ]);
  });
});
