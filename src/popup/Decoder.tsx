// The error decoder (issue 15): the admin pastes an Entra or Cognito error, an error page's
// address or a code; the popup says the cause and the fix in this setup's terms, with the setup's
// own values beside the ones the error names, and "Show me" opens the step that fixes it.

import { useState } from 'preact/hooks';
import { decodeError, type Decoded } from '../core/errors/decode';
import type { ComparedValue } from '../core/errors/compare';
import { PORTAL_STEP_IDS } from '../core/steps';
import { send } from '../messaging/send';
import { t } from '../ui/i18n';
import type { PopupState } from './App';

export function Decoder({ state }: { state: PopupState }) {
  const [text, setText] = useState('');
  const [decoded, setDecoded] = useState<Decoded | null>(null);
  const [notice, setNotice] = useState('');

  const explain = () => {
    const metadata = state.captures[0];
    setNotice('');
    setDecoded(
      decodeError(text, {
        profile: state.settings.profile,
        tenantId: metadata?.report.tenantId ?? null,
        certificates: metadata?.report.certificates ?? [],
        assignment: state.progress.steps['assign-users'],
        now: Date.now(),
      }),
    );
  };

  const showMe = async (step: (typeof PORTAL_STEP_IDS)[number]) => {
    const reply = await send('guide/open-step', { step });
    setNotice(reply.ok ? t('popupGuideShown') : t('decoderShowMeFailed'));
  };

  return (
    <section aria-labelledby="decoder-heading" class="decoder">
      <h2 id="decoder-heading">{t('decoderHeading')}</h2>
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
          <article class="card" data-recognised="true" data-key={decoded.key}>
            {decoded.code && <h3>{decoded.code}</h3>}
            <h4>{t('decoderCause')}</h4>
            <p>{t(`decoder_${decoded.key}_cause`)}</p>
            <h4>{t('decoderFix')}</h4>
            <p>{t(`decoder_${decoded.key}_fix`)}</p>
            {decoded.comparisons.map((c) => (
              <Comparison key={c.what} value={c} />
            ))}
            <p>{t('decoderStep', t(`step_${decoded.step.replaceAll('-', '_')}_title`))}</p>
            {isPortalStep(decoded.step) && (
              <button type="button" onClick={() => void showMe(decoded.step as PortalStep)}>
                {t('decoderShowMe')}
              </button>
            )}
            <p role="status" class="notice">
              {notice}
            </p>
          </article>
        )}
      </div>
    </section>
  );
}

type PortalStep = (typeof PORTAL_STEP_IDS)[number];
const isPortalStep = (step: string): step is PortalStep =>
  (PORTAL_STEP_IDS as readonly string[]).includes(step);

/** One value of this setup beside what the error names, with what the difference means. */
function Comparison({ value }: { value: ComparedValue }) {
  const key = value.what.replaceAll('-', '_');
  return (
    <dl class="comparison" data-compare={value.what} data-verdict={value.verdict}>
      <dt>{t(`decoderWhat_${key}`)}</dt>
      <dd>
        {t('decoderConfigured')}:{' '}
        {value.configured.length ? (
          value.configured.map((line) => (
            <code key={line} data-side="configured">
              {line}
            </code>
          ))
        ) : (
          <em>{t('decoderNothingYet')}</em>
        )}
      </dd>
      {(value.what === 'reply-url' ||
        value.what === 'identifier' ||
        value.what === 'tenant' ||
        value.what === 'claim') && (
        <dd>
          {t('decoderInError')}:{' '}
          {value.inError !== null ? (
            <code data-side="error">{value.inError}</code>
          ) : (
            <em>{t('decoderNotNamed')}</em>
          )}
        </dd>
      )}
      <VerdictText value={value} />
    </dl>
  );
}

function VerdictText({ value }: { value: ComparedValue }) {
  const text =
    value.verdict === 'same'
      ? t('decoderSame')
      : value.verdict === 'differs'
        ? `${t('decoderDiffers')} ${value.note ? t(`decoderNote_${value.note.replaceAll('-', '_')}`) : ''}`
        : value.what === 'certificates' && value.verdict !== 'unknown'
          ? t(value.verdict === 'ok' ? 'decoderCertificatesOk' : 'decoderCertificatesProblem')
          : value.what === 'assignment'
            ? t(value.verdict === 'ok' ? 'decoderAssignmentOk' : 'decoderAssignmentProblem')
            : '';
  return text ? (
    <dd class={value.verdict === 'differs' || value.verdict === 'problem' ? 'bad' : ''}>{text}</dd>
  ) : null;
}
