// Reading the SAML page's cards back from the saved rehearsal pages: the values the guide
// compares with the profile before it marks a step done.

import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../../src/core/profile';
import { LABELS } from '../../../src/content/portal/site/labels';
import {
  cardOf,
  claimsCard,
  propertyRows,
  propertyValues,
  readCertificateCard,
} from '../../../src/content/portal/site/read';
import { present, snapshot } from './snapshots';

describe.each(['en', 'de'])('card read-back (%s)', (lang) => {
  it('reads the saved Identifier and Reply URL of card 1', () => {
    const card = cardOf(
      snapshot(`saml-page-correct.${lang}.html`),
      LABELS.basicSamlConfiguration,
      present,
    )!;
    expect(propertyValues(card, LABELS.identifier)).toEqual([DEFAULT_PROFILE.entityId]);
    expect(propertyValues(card, LABELS.replyUrl)).toEqual([DEFAULT_PROFILE.replyUrl]);
  });

  it('sees a half-filled card as not matching the profile', () => {
    const card = cardOf(
      snapshot(`saml-page-half-filled.${lang}.html`),
      LABELS.basicSamlConfiguration,
      present,
    )!;
    expect(propertyValues(card, LABELS.identifier)).toEqual([DEFAULT_PROFILE.entityId]);
    expect(propertyValues(card, LABELS.replyUrl)).not.toContain(DEFAULT_PROFILE.replyUrl);
  });

  it('finds card 1, not the open pane of the same title', () => {
    const doc = snapshot(`basic-saml-pane-correct.${lang}.html`);
    const card = cardOf(doc, LABELS.basicSamlConfiguration, present);
    expect(card).not.toBeNull();
    expect(card!.closest('.fxs-contextpane')).toBeNull();
  });

  it('finds the claims card in any language and tells whether a claim takes user.mail', () => {
    const withMail = claimsCard(snapshot(`saml-page-correct.${lang}.html`), present)!;
    expect(propertyRows(withMail).some((row) => row.values.includes('user.mail'))).toBe(true);
    const withoutMail = claimsCard(snapshot(`saml-page-no-email-claim.${lang}.html`), present)!;
    expect(withoutMail).not.toBeNull();
    expect(propertyRows(withoutMail).some((row) => row.values.includes('user.mail'))).toBe(false);
  });

  it('reads the thumbprint and the App Federation Metadata Url of the certificate card', () => {
    const certificate = readCertificateCard(snapshot(`saml-page-correct.${lang}.html`), present);
    expect(certificate?.thumbprint).toBe('8809EEE8A5673985453F45C527FE2F1278069223');
    expect(certificate?.metadataUrl).toMatch(
      /^https:\/\/login\.microsoftonline\.com\/11394d0f-b180-4b91-86c3-bda58288ece0\/federationmetadata\/2007-06\/federationmetadata\.xml\?appid=/,
    );
  });
});
