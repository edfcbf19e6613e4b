// codeKey's value must be the key its type names (the typecheck trusts the type; this checks the
// value), and every key it builds for a union of codes must be in every locale.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeKey } from '../../../src/core/message-keys';
import { STEP_IDS } from '../../../src/core/steps';
import { TRANSFER_PROBLEMS } from '../../../src/core/transfer-steps';

const en = JSON.parse(
  readFileSync(new URL('../../../public/_locales/en/messages.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('codeKey', () => {
  it('turns every hyphen of the code into an underscore, and adds the suffix', () => {
    expect(codeKey('transferProblem', 'sign-in-timeout')).toBe('transferProblem_sign_in_timeout');
    expect(codeKey('step', 'open-enterprise-apps', 'title')).toBe(
      'step_open_enterprise_apps_title',
    );
    expect(codeKey('transferEnable', 'all')).toBe('transferEnable_all');
  });

  it('builds keys that the English messages have', () => {
    const keys = [
      ...TRANSFER_PROBLEMS.map((code) => codeKey('transferProblem', code)),
      ...STEP_IDS.map((id) => codeKey('step', id, 'instruction')),
    ];
    expect(keys.filter((key) => !(key in en))).toEqual([]);
  });
});
