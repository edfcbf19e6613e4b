// @vitest-environment jsdom
// A word the organization gave for a portal target (taught by pointing, set in the options page or
// by policy) counts in the guide steps' own decisions, not only in where the guide points: the step
// that sees the SAML tile sees it under the taught word, and without that word it sees nothing.

import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PROFILE } from '../../../src/core/profile';
import { STEP_MODULES } from '../../../src/content/portal/steps';
import { useOverrides } from '../../../src/content/words';

vi.mock('webextension-polyfill', () => ({ default: {} }));

beforeAll(() => {
  // jsdom lays nothing out; the engine's certainty rule needs a visible element.
  Element.prototype.getClientRects = function () {
    return [{ width: 10, height: 10 }] as unknown as DOMRectList;
  };
});
afterEach(() => useOverrides({}));

const ctx = () => ({
  doc: document,
  place: { kind: 'app' as const, menu: 'SignOn', objectId: null, appId: null, ssoMode: null },
  profile: DEFAULT_PROFILE,
});

describe("taught words in a guide step's own lookups", () => {
  it('the SAML tile under a word no registry has is seen once the word is taught', () => {
    document.body.innerHTML =
      '<main><button type="button">Kachel für SAML-Anmeldung</button></main>';
    expect(STEP_MODULES['choose-saml'].observe(ctx())).toBeNull();
    useOverrides({ 'portal.samlTile': ['Kachel für SAML-Anmeldung'] });
    expect(STEP_MODULES['choose-saml'].observe(ctx())).toBe('todo');
  });

  it('a word taught for another target does not make the tile seen', () => {
    document.body.innerHTML =
      '<main><button type="button">Kachel für SAML-Anmeldung</button></main>';
    useOverrides({ 'portal.assign': ['Kachel für SAML-Anmeldung'] });
    expect(STEP_MODULES['choose-saml'].observe(ctx())).toBeNull();
  });
});
