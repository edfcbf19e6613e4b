// The certificate reminders made visible (issue 15): when sign-in stops working, the dates the
// reminders come on, what to do then, and a switch to turn them off. The plan is core's, so the
// popup shows exactly what the background schedules.

import { useEffect, useState } from 'preact/hooks';
import { planReminders } from '../core/reminders';
import type { ReminderSettings } from '../core/storage-schema';
import { send } from '../messaging/send';
import { t } from '../ui/i18n';
import type { PopupState } from './state';
import { Fold } from './Fold';

export function Reminders({ state }: { state: PopupState }) {
  const [settings, setSettings] = useState<ReminderSettings | null>(null);
  useEffect(() => {
    void send('reminders/get', {}).then((reply) => reply.ok && setSettings(reply.reminders));
  }, []);

  const toggle = async (enabled: boolean) => {
    const reply = await send('reminders/set', { enabled });
    if (reply.ok) setSettings(reply.reminders);
  };

  const metadata = state.captures[0];
  const plan = metadata ? planReminders(metadata.report.certificates, Date.now(), null) : null;
  const day = (time: number) => new Date(time).toLocaleDateString();
  return (
    <Fold id="reminders-heading" title={t('remindersHeading')} testId="reminders">
      <label>
        <input
          type="checkbox"
          checked={settings?.enabled ?? true}
          disabled={!settings}
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />{' '}
        {t('remindersToggle')}
      </label>
      {!plan && <p>{t('remindersNoMetadata')}</p>}
      {plan?.expired && <p class="bad">{t('remindersExpired')}</p>}
      {plan?.certificate && plan.expiry !== null && (
        <>
          <p>{t('remindersExpiry', [day(plan.expiry), plan.certificate.sha1])}</p>
          {settings?.enabled === false ? (
            <p>{t('remindersOff')}</p>
          ) : (
            <ul>
              {plan.schedule.map((s) => (
                <li key={s.daysBefore} data-days-before={s.daysBefore} data-passed={s.passed}>
                  {t('remindersAt', [String(s.daysBefore), day(s.at)])}{' '}
                  {s.passed && t('remindersPassed')}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <p class="hint">{t('remindersWhatToDo')}</p>
    </Fold>
  );
}
