// The certificate reminder schedule (core `planReminders`) against a controllable clock: the
// thresholds 30, 7 and 1 days before, a certificate that expires tomorrow, one already expired, a
// rollover with two certificates, and a reminder never shown twice.

import { describe, expect, it } from 'vitest';
import { DAY, daysUntil, planReminders } from '../../../src/core/reminders';
import type { CertificateInfo } from '../../../src/core/metadata/types';

const NOW = Date.parse('2026-12-07T09:00:00Z');
const cert = (
  sha1: string,
  notAfter: number,
  notBefore = notAfter - 3 * 365 * DAY,
): CertificateInfo => ({
  sha1: sha1.repeat(40).slice(0, 40),
  sha256: sha1.repeat(64).slice(0, 64),
  subject: 'CN=Microsoft Azure Federated SSO Certificate',
  notBefore: new Date(notBefore).toISOString(),
  notAfter: new Date(notAfter).toISOString(),
});

describe('planReminders', () => {
  it('a certificate with a year left: nothing due, the next alarm 30 days before expiry', () => {
    const expiry = NOW + 365 * DAY;
    const plan = planReminders([cert('A', expiry)], NOW, null);
    expect(plan.due).toBeNull();
    expect(plan.next).toEqual({ when: expiry - 30 * DAY, daysBefore: 30 });
    expect(plan.schedule.map((s) => [s.daysBefore, s.at, s.passed])).toEqual([
      [30, expiry - 30 * DAY, false],
      [7, expiry - 7 * DAY, false],
      [1, expiry - DAY, false],
    ]);
  });

  it('walks through the thresholds as the clock moves, each shown once', () => {
    const expiry = NOW + 40 * DAY;
    const certs = [cert('A', expiry)];
    let shown: string | null = null;
    const seen: number[] = [];
    for (let t = NOW; t < expiry; t += DAY / 4) {
      const plan = planReminders(certs, t, shown);
      if (plan.due) {
        seen.push(plan.due.daysBefore);
        shown = plan.due.key;
      }
    }
    expect(seen).toEqual([30, 7, 1]);
  });

  it('expires tomorrow: the 1-day reminder is due at once, and not again once shown', () => {
    const expiry = NOW + 20 * 3_600_000; // in 20 hours
    const first = planReminders([cert('A', expiry)], NOW, null);
    expect(first.due).toEqual({ key: `${'A'.repeat(40)}:1`, daysBefore: 1 });
    expect(first.next).toBeNull(); // no threshold left ahead
    expect(daysUntil(expiry, NOW)).toBe(1);
    expect(planReminders([cert('A', expiry)], NOW + 3_600_000, first.due!.key).due).toBeNull();
  });

  it('already expired: no reminder, no alarm, and the plan says sign-in fails', () => {
    const plan = planReminders([cert('A', NOW - DAY)], NOW, null);
    expect(plan).toMatchObject({
      expired: true,
      expiry: null,
      due: null,
      next: null,
      schedule: [],
    });
  });

  it('no certificates (no metadata yet) is not "expired"', () => {
    expect(planReminders([], NOW, null)).toMatchObject({ expired: false, next: null });
  });

  it('rollover: old and new certificate in one metadata; what counts is the new one’s expiry', () => {
    const oldExpiry = NOW + 5 * DAY; // inside the 7-day window on its own
    const newExpiry = NOW + 3 * 365 * DAY;
    const plan = planReminders([cert('A', oldExpiry), cert('B', newExpiry, NOW - DAY)], NOW, null);
    expect(plan.certificate?.sha1).toBe('B'.repeat(40));
    expect(plan.due).toBeNull();
    expect(plan.next).toEqual({ when: newExpiry - 30 * DAY, daysBefore: 30 });
  });

  it('rollover where the old certificate has already expired: the new one still carries sign-in', () => {
    const newExpiry = NOW + 10 * DAY;
    const plan = planReminders([cert('A', NOW - DAY), cert('B', newExpiry)], NOW, null);
    expect(plan).toMatchObject({ expired: false, expiry: newExpiry });
    expect(plan.due?.daysBefore).toBe(30);
    expect(plan.next).toEqual({ when: newExpiry - 7 * DAY, daysBefore: 7 });
  });

  it('a new certificate resets what was shown: the key names the certificate', () => {
    const a = planReminders([cert('A', NOW + 3 * DAY)], NOW, null);
    const b = planReminders([cert('B', NOW + 3 * DAY)], NOW, a.due!.key);
    expect(b.due?.daysBefore).toBe(7);
  });
});
