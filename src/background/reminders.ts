// Reminds the admin before the signing certificate in the metadata Asset Panda holds expires
// (Entra certificates last three years; an uploaded file is never refreshed by Asset Panda).
// One alarm at a time, for the next of 30, 7 and 1 days before the earliest valid certificate
// expires; nothing runs in between.

import browser from 'webextension-polyfill';
import type { StoredMetadata } from '../core/storage-schema';
import { t } from '../ui/i18n';
import { getLocal } from './store';

const ALARM = 'certificate-reminder';
const DAY = 86_400_000;
const LEAD_DAYS = [30, 7, 1];

/** The earliest notAfter among certificates still valid at `now`, or null. */
function expiryOf(metadata: StoredMetadata, now: number): number | null {
  const times = metadata.report.certificates
    .map((c) => Date.parse(c.notAfter))
    .filter((t) => t > now);
  return times.length ? Math.min(...times) : null;
}

export async function scheduleCertificateReminder(
  metadata: StoredMetadata | undefined,
): Promise<void> {
  await browser.alarms.clear(ALARM);
  if (!metadata) return;
  const now = Date.now();
  const expiry = expiryOf(metadata, now);
  if (expiry === null) return;
  const when = LEAD_DAYS.map((days) => expiry - days * DAY).find((time) => time > now);
  if (when !== undefined) await browser.alarms.create(ALARM, { when });
}

export function listenForReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== ALARM) return;
    void (async () => {
      const [current] = await getLocal('captures');
      if (!current) return;
      const expiry = expiryOf(current, Date.now());
      if (expiry === null) return;
      const days = Math.max(0, Math.ceil((expiry - Date.now()) / DAY));
      await browser.notifications.create(ALARM, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('icons/icon-128.png'),
        title: t('reminderTitle'),
        message: t('reminderMessage', [String(days), new Date(expiry).toISOString().slice(0, 10)]),
      });
      await scheduleCertificateReminder(current);
    })();
  });
}
