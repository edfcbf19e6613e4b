// A value the admin may type themselves, with a Copy button (always available).

import { useId, useState } from 'preact/hooks';
import { t } from '../../../ui/i18n';
import { trusted } from './trusted';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function CopyValue({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const id = useId();
  return (
    <>
      <dt id={id}>{label}</dt>
      <dd>
        <code>{value}</code>
        <button
          type="button"
          aria-describedby={id}
          onClick={trusted(() => void copy(value).then(setCopied))}
        >
          {t('copy')}
        </button>
        <span role="status" class="copied">
          {copied === true ? t('copied') : copied === false ? t('copyFailed') : ''}
        </span>
      </dd>
    </>
  );
}
