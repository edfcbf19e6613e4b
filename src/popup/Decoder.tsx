// The error decoder (issue 15): the admin pastes an Entra or Cognito error, an error page's
// address or a code; the popup says the cause and the fix in this setup's terms, with the setup's
// own values beside the ones the error names, and "Show me" opens the step that fixes it.

import { useState } from 'preact/hooks';
import { decodeError, setupContext, type Decoded } from '../core/errors/decode';
import { isPortalGuideStep, type PortalGuideStep } from '../core/steps';
import { send } from '../messaging/send';
import { DecodedView } from '../ui/DecodedView';
import { t } from '../ui/i18n';
import type { PopupState } from './state';
import { ErrorPagesToggle } from './ErrorPagesToggle';
import { Fold } from './Fold';

export function Decoder({ state }: { state: PopupState }) {
  const [text, setText] = useState('');
  const [decoded, setDecoded] = useState<Decoded | null>(null);
  const [notice, setNotice] = useState('');

  const explain = () => {
    const setup = {
      profile: state.settings.profile,
      metadata: state.captures[0],
      progress: state.progress,
    };
    setNotice('');
    setDecoded(decodeError(text, setupContext(setup, Date.now())));
  };

  const showMe = async (step: PortalGuideStep) => {
    const reply = await send('guide/open-step', { step });
    setNotice(reply.ok ? t('popupGuideShown') : t('decoderShowMeFailed'));
  };

  return (
    <Fold id="decoder-heading" title={t('decoderHeading')} testId="decoder">
      <label for="decoder-input">{t('decoderLabel')}</label>
      <textarea
        id="decoder-input"
        rows={3}
        value={text}
        aria-describedby="decoder-hint"
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <p id="decoder-hint" class="hint">
        {t('decoderHint')}
      </p>
      <button type="button" onClick={explain} disabled={!text.trim()}>
        {t('decoderExplain')}
      </button>
      <ErrorPagesToggle replyUrl={state.settings.profile.replyUrl} />
      <div data-testid="decoder-result" aria-live="polite">
        {decoded && !decoded.recognised && (
          <p data-recognised="false">
            {t('decoderNotRecognised')}{' '}
            <a href={decoded.lookupUrl} target="_blank" rel="noreferrer noopener">
              {decoded.code ? t('decoderLookupCode', decoded.code) : t('decoderLookup')}
            </a>
          </p>
        )}
        {decoded?.recognised && (
          <DecodedView decoded={decoded}>
            {isPortalGuideStep(decoded.step) && (
              <button type="button" onClick={() => void showMe(decoded.step as PortalGuideStep)}>
                {t('decoderShowMe')}
              </button>
            )}
            <p role="status" class="notice">
              {notice}
            </p>
          </DecodedView>
        )}
      </div>
    </Fold>
  );
}
