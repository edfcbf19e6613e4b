// The last step, "Test sign-in" (issue 15; docs/cognito-entra-facts.md#sp-initiated-sign-in): test from Asset Panda's own sign-in
// page (SP-initiated) with an assigned account, why Entra's "Test" button and My Apps may fail,
// and the admin's confirmation that it worked.

import { send } from '../messaging/send';
import { t } from '../ui/i18n';
import type { PopupState } from './state';
import { Fold } from './Fold';

/** `isTask`: the metadata is in Asset Panda, so testing is the admin's task (open, primary). */
export function SignInTest({
  state,
  isTask,
  onChange,
}: {
  state: PopupState;
  isTask: boolean;
  onChange: () => void;
}) {
  const record = state.progress.steps['test-sign-in'];
  const signInPage = loginPage(
    state.transfer?.origin ?? state.destination.origin ?? state.settings.assetPandaUrl,
  );
  return (
    <Fold id="sign-in-heading" title={t('signInHeading')} open={isTask}>
      <p>{t('signInHow')}</p>
      <p class="hint">{t('signInWhyNot')}</p>
      {signInPage && (
        <p>
          <a href={signInPage} target="_blank" rel="noreferrer noopener">
            {t('signInOpen')}
          </a>
        </p>
      )}
      {record?.state === 'done' ? (
        <p class="good" role="status">
          {record.detail === 'signed-in-seen' ? t('signInDoneSeen') : t('signInDoneConfirmed')}
        </p>
      ) : (
        <button
          type="button"
          class={isTask ? 'primary' : undefined}
          onClick={() => void send('sign-in/confirm', {}).then(onChange)}
        >
          {t('signInConfirm')}
        </button>
      )}
    </Fold>
  );
}

/** Asset Panda Pro's sign-in page is `/login` on the organization's origin (docs/assetpanda-facts.md#addresses). */
function loginPage(assetPandaUrl: string): string | null {
  try {
    return new URL('/login', assetPandaUrl).href;
  } catch {
    return null;
  }
}
