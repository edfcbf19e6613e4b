// When to remind the admin about the signing certificate (pure: the clock is a parameter).
//
// Sign-in keeps working as long as one certificate in the metadata Asset Panda holds is valid:
// Cognito accepts an assertion signed by any of them, and Entra switches by itself to a valid
// certificate once the active one expired (docs/cognito-entra-facts.md#signing-certificate). So the date that matters is
// the LAST expiry among the certificates still valid; in a rollover (old + new certificate in the
// same metadata) that is the new one's, and the old one's expiry is no emergency.
// Reminders come 30, 7 and 1 days before it; a threshold passed while the browser was closed is
// shown at once, once (`shown` remembers which one was).

import type { CertificateInfo } from './metadata/types';

export const DAY = 86_400_000;
export const LEAD_DAYS = [30, 7, 1] as const;

export interface ReminderPlan {
  /** The last expiry among the certificates valid at `now`; null when none is valid any more. */
  expiry: number | null;
  /** The certificate that expires then. */
  certificate: CertificateInfo | null;
  /** Every certificate has expired: sign-in fails until new metadata reaches Asset Panda. */
  expired: boolean;
  /** A reminder due now (a threshold passed and not shown yet), by its key. */
  due: { key: string; daysBefore: number } | null;
  /** The next threshold still ahead, for the one alarm. */
  next: { when: number; daysBefore: number } | null;
  /** Each threshold of the current expiry, for the popup's list. */
  schedule: { daysBefore: number; at: number; passed: boolean }[];
}

export function planReminders(
  certificates: readonly CertificateInfo[],
  now: number,
  shown: string | null,
): ReminderPlan {
  const valid = certificates.filter((c) => Date.parse(c.notAfter) > now);
  const certificate =
    valid.reduce<CertificateInfo | null>(
      (last, c) => (!last || Date.parse(c.notAfter) > Date.parse(last.notAfter) ? c : last),
      null,
    ) ?? null;
  if (!certificate) {
    return {
      expiry: null,
      certificate: null,
      expired: certificates.length > 0,
      due: null,
      next: null,
      schedule: [],
    };
  }
  const expiry = Date.parse(certificate.notAfter);
  const schedule = LEAD_DAYS.map((daysBefore) => {
    const at = expiry - daysBefore * DAY;
    return { daysBefore, at, passed: at <= now };
  });
  // The most urgent threshold passed is the one to show; the ones before it are stale news.
  const passed = schedule.filter((s) => s.passed).at(-1);
  const key = passed ? `${certificate.sha1}:${passed.daysBefore}` : null;
  const ahead = schedule.find((s) => !s.passed);
  return {
    expiry,
    certificate,
    expired: false,
    due: passed && key !== shown ? { key: key!, daysBefore: passed.daysBefore } : null,
    next: ahead ? { when: ahead.at, daysBefore: ahead.daysBefore } : null,
    schedule,
  };
}

/** Whole days left until `expiry`, rounded up (a certificate expiring in 3 hours has 1 day). */
export function daysUntil(expiry: number, now: number): number {
  return Math.max(0, Math.ceil((expiry - now) / DAY));
}
