// @vitest-environment jsdom
// Filling Manage claim against the rehearsal's own forms: the Knockout blade (whose Source
// attribute drop-down opens and selects on mouseup) and the ReactView (a Fluent drop-down that acts
// on click, controlled inputs). The test plays the admin who clicks Save and checks the claim the
// tenant "server" stored.

import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PROFILE } from '../../../src/core/profile';
import { fillInput } from '../../../src/content/dom/fill';
import {
  fillEmailClaim,
  findManageClaimForm,
  findSave,
  saveEnabled,
  type ManageClaimForm,
} from '../../../src/content/portal/saml/claims';
import { pretendLayout } from './dom-setup';
import { openNewClaim, type Render } from './rehearsal-panes';

beforeAll(pretendLayout);

const EMAIL_CLAIM = { name: 'emailaddress', namespace: '', source: 'user.mail' };

describe.each<Render>(['knockout', 'reactview'])('fillEmailClaim (%s)', (render) => {
  async function open() {
    const rehearsal = await openNewClaim('no-email-claim', render);
    const form = await vi.waitFor(() => findManageClaimForm(document) ?? Promise.reject());
    return { rehearsal, form };
  }
  /** What each drop-down shows (the Fluent one also holds its caret glyph). */
  const shown = (form: ManageClaimForm) =>
    [...form.root.querySelectorAll('[role="combobox"]')].map((c) =>
      c.textContent?.replace('\u2304', '').trim(),
    );

  it('fills Name and picks Source attribute user.mail like a person; Save stores the claim', async () => {
    const { rehearsal, form } = await open();
    const report = await fillEmailClaim(form, DEFAULT_PROFILE);
    expect(report).toEqual({
      name: 'filled',
      sourceKind: 'kept',
      sourceAttribute: 'chosen',
      complete: true,
    });
    expect(form.name.value).toBe('emailaddress');
    expect(shown(form)).toEqual(['user.mail']);
    // The list closed again after the choice.
    expect(document.querySelectorAll('[role="option"]:not([hidden] *)')).toHaveLength(0);

    await vi.waitFor(() => expect(saveEnabled(form.root)).toBe(true), { timeout: 4000 });
    (findSave(form.root) as HTMLElement).click();
    await vi.waitFor(() => expect(rehearsal.saved().claims).toContainEqual(EMAIL_CLAIM), {
      timeout: 4000,
    });
    expect(rehearsal.saved().claims.filter((c) => c.source === 'user.mail')).toHaveLength(1);
  });

  it('running it twice changes nothing more', async () => {
    const { form } = await open();
    await fillEmailClaim(form, DEFAULT_PROFILE);
    expect(await fillEmailClaim(form, DEFAULT_PROFILE)).toEqual({
      name: 'unchanged',
      sourceKind: 'kept',
      sourceAttribute: 'kept',
      complete: true,
    });
  });

  // Knockout only: the rehearsal's react-lite does not update the value tracker of a radio the
  // browser unchecks (React's "named cousins"), so its Attribute radio cannot be chosen back.
  it.runIf(render === 'knockout')(
    'switches Source back to Attribute from Transformation',
    async () => {
      const { form } = await open();
      const radios = form.source.querySelectorAll<HTMLInputElement>('input[type="radio"]');
      radios[1]!.click();
      await vi.waitFor(() =>
        expect(form.root.querySelectorAll('[role="combobox"]')).toHaveLength(2),
      );
      const report = await fillEmailClaim(form, DEFAULT_PROFILE);
      expect(report).toMatchObject({
        sourceKind: 'chosen',
        sourceAttribute: 'chosen',
        complete: true,
      });
      expect(radios[0]!.checked).toBe(true);
      expect(shown(form)).toEqual(['user.mail']);
    },
  );

  it("never renames another claim's form", async () => {
    const { form } = await open();
    await fillInput(form.name, 'department');
    expect(await fillEmailClaim(form, DEFAULT_PROFILE)).toEqual({
      name: 'occupied',
      sourceKind: 'skipped',
      sourceAttribute: 'skipped',
      complete: false,
    });
    expect(form.name.value).toBe('department');
    expect(shown(form)).not.toEqual(['user.mail']);
  });
});
