// Reminds the admin before the signing certificate in the metadata Asset Panda holds expires
// (Entra certificates last three years; an uploaded file is never refreshed by Asset Panda).
// The plan is core's `planReminders`; here: one alarm at a time for its next threshold, nothing
// running in between, and a fresh plan at every browser start (alarms are not guaranteed to
// survive a restart), after each reminder, and whenever the metadata or the setting changes.

import browser from 'webextension-polyfill';
import { daysUntil, planReminders } from '../core/reminders';
import { t } from '../ui/i18n';
import { openStep } from './open-step';
import { getLocal, updateLocal } from './store';

const ALARM = 'certificate-reminder';

/** Re-plans from storage: shows a reminder that is due, and sets the alarm for the next one. */
export async function scheduleCertificateReminder(): Promise<void> {
  await browser.alarms.clear(ALARM);
  const [[current], settings] = await Promise.all([getLocal('captures'), getLocal('reminders')]);
  if (!current || !settings.enabled) return;
  const now = Date.now();
  const plan = planReminders(current.report.certificates, now, settings.shown);
  if (plan.due && plan.expiry !== null) {
    const key = plan.due.key;
    await updateLocal('reminders', (r) => ({ ...r, shown: key }));
    await browser.notifications.create(ALARM, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: t('reminderTitle'),
      message: t('reminderMessage', [
        String(daysUntil(plan.expiry, now)),
        new Date(plan.expiry).toISOString().slice(0, 10),
      ]),
    });
  }
  if (plan.next) await browser.alarms.create(ALARM, { when: plan.next.when });
}

export function listenForReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void scheduleCertificateReminder();
  });
  browser.runtime.onStartup.addListener(() => void scheduleCertificateReminder());
  browser.runtime.onInstalled.addListener(() => void scheduleCertificateReminder());
  // The reminder's own flow starts where the new certificate is made: the SAML certificate card.
  browser.notifications.onClicked.addListener((id) => {
    if (id === ALARM) void openStep('download-metadata');
  });
}
