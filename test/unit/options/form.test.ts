// The options form's rules: each wrong value is tied to its field with a message that exists in
// both languages, and what the page sends is trimmed and leaves a locked profile alone.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSETPANDA_ORIGIN_PATTERNS } from '../../../src/core/hosts';
import {
  DEFAULT_FORM,
  formProblems,
  optionsToSave,
  type OptionsForm,
} from '../../../src/options/form';

const HOSTS = DEFAULT_ASSETPANDA_ORIGIN_PATTERNS;
const messages = (lang: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'));

describe('formProblems', () => {
  it('finds nothing wrong with the defaults or with other valid values', () => {
    expect(formProblems(DEFAULT_FORM, HOSTS)).toEqual({});
    expect(
      formProblems(
        {
          entityId: 'https://acme.example/saml',
          replyUrl: 'https://acme.auth.eu-west-1.amazoncognito.com/saml2/idpresponse',
          claimName: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
          claimSource: 'user.othermail',
          assetPandaUrl: 'https://acme.assetpanda.app/',
        },
        HOSTS,
      ),
    ).toEqual({});
  });

  it.each<[Partial<OptionsForm>, Partial<Record<keyof OptionsForm, string>>]>([
    [{ entityId: 'acme' }, { entityId: 'optionsProblem_entity_id_format' }],
    [{ entityId: 'http://acme.example/saml' }, { entityId: 'optionsProblem_entity_id_format' }],
    [{ replyUrl: 'http://acme.example/acs' }, { replyUrl: 'optionsProblem_reply_url_format' }],
    [{ replyUrl: 'https://acme.example/a,b' }, { replyUrl: 'optionsProblem_reply_url_format' }],
    [{ claimName: 'email address' }, { claimName: 'optionsProblem_claim_name' }],
    [{ claimSource: 'mail' }, { claimSource: 'optionsProblem_claim_source' }],
    [
      { assetPandaUrl: 'https://assetpanda.app.example.com/' },
      {
        assetPandaUrl: 'optionsProblem_asset_panda_url',
      },
    ],
    [
      { assetPandaUrl: 'http://acme.assetpanda.app/' },
      {
        assetPandaUrl: 'optionsProblem_asset_panda_url',
      },
    ],
  ])('ties %j to its field', (change, problems) => {
    expect(formProblems({ ...DEFAULT_FORM, ...change }, HOSTS)).toEqual(problems);
  });

  it('accepts an Asset Panda address on a host policy allows, and only there', () => {
    const form = { ...DEFAULT_FORM, assetPandaUrl: 'https://assets.acme.example/' };
    expect(formProblems(form, ['assets.acme.example'])).toEqual({});
    expect(formProblems(form, HOSTS)).toEqual({ assetPandaUrl: 'optionsProblem_asset_panda_url' });
  });

  it('ignores spaces around a value, as it is saved trimmed', () => {
    expect(
      formProblems({ ...DEFAULT_FORM, entityId: `  ${DEFAULT_FORM.entityId} ` }, HOSTS),
    ).toEqual({});
  });

  it('has every message it can show in English and German', () => {
    const wrong: OptionsForm = {
      entityId: 'x',
      replyUrl: 'x',
      claimName: ' x y',
      claimSource: 'x',
      assetPandaUrl: 'x',
    };
    const keys = Object.values(formProblems(wrong, HOSTS));
    expect(keys).toHaveLength(5);
    for (const lang of ['en', 'de'])
      for (const key of keys) expect(messages(lang)).toHaveProperty(key);
  });
});

describe('optionsToSave', () => {
  it('sends every value, trimmed', () => {
    expect(optionsToSave({ ...DEFAULT_FORM, claimName: ' emailaddress ' }, false)).toEqual(
      DEFAULT_FORM,
    );
  });

  it('leaves the profile out when policy locks it', () => {
    expect(optionsToSave(DEFAULT_FORM, true)).toEqual({
      assetPandaUrl: DEFAULT_FORM.assetPandaUrl,
    });
  });
});
