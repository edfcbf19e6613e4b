// A decoded error, as the popup's decoder and the explanation on an error page both show it: the
// code, the cause and the fix in this setup's terms, this setup's values beside the error's, and
// the step that fixes it. `children` adds what only one of them offers ("Show me").

import type { ComponentChildren } from 'preact';
import type { ComparedValue } from '../core/errors/compare';
import type { Decoded } from '../core/errors/decode';
import { codeKey } from '../core/message-keys';
import { t } from './i18n';

export function DecodedView({
  decoded,
  children,
}: {
  decoded: Decoded & { recognised: true };
  children?: ComponentChildren;
}) {
  return (
    <article class="card decoded" data-recognised="true" data-key={decoded.key}>
      {decoded.code && <h3>{decoded.code}</h3>}
      <h4>{t('decoderCause')}</h4>
      <p>{t(codeKey('decoder', decoded.key, 'cause'))}</p>
      <h4>{t('decoderFix')}</h4>
      <p>{t(codeKey('decoder', decoded.key, 'fix'))}</p>
      {decoded.comparisons.map((c) => (
        <Comparison key={c.what} value={c} />
      ))}
      <p>{t('decoderStep', t(codeKey('step', decoded.step, 'title')))}</p>
      {children}
    </article>
  );
}

/** One value of this setup beside what the error names, with what the difference means. */
function Comparison({ value }: { value: ComparedValue }) {
  return (
    <dl class="comparison" data-compare={value.what} data-verdict={value.verdict}>
      <dt>{t(codeKey('decoderWhat', value.what))}</dt>
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
        ? `${t('decoderDiffers')} ${value.note ? t(codeKey('decoderNote', value.note)) : ''}`
        : value.what === 'certificates' && value.verdict !== 'unknown'
          ? t(value.verdict === 'ok' ? 'decoderCertificatesOk' : 'decoderCertificatesProblem')
          : value.what === 'assignment'
            ? t(value.verdict === 'ok' ? 'decoderAssignmentOk' : 'decoderAssignmentProblem')
            : '';
  return text ? (
    <dd class={value.verdict === 'differs' || value.verdict === 'problem' ? 'bad' : ''}>{text}</dd>
  ) : null;
}
