// Settings (issue 5): the service-provider values the assistant fills in (Identifier, Reply URL,
// email claim name and source) and the Asset Panda address. Asset Panda says the values may differ
// for some customers, so the admin can change them here, unless policy (`storage.managed`) locks
// them; "Reset to defaults" brings back the extension's own. Visible labels, hints and errors tied
// to their fields, the first wrong field focused on Save, and the outcome announced.

import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../core/message-keys';
import type { Settings } from '../core/settings';
import { send } from '../messaging/send';
import { t } from '../ui/i18n';
import { WordOverrides } from './WordOverrides';
import {
  DEFAULT_FORM,
  formFromSettings,
  formProblems,
  optionsToSave,
  type FieldName,
  type OptionsForm,
} from './form';

const FIELDS: { name: FieldName; label: MessageKey; hint: MessageKey }[] = [
  { name: 'entityId', label: 'optionsEntityId', hint: 'optionsEntityIdHint' },
  { name: 'replyUrl', label: 'optionsReplyUrl', hint: 'optionsReplyUrlHint' },
  { name: 'claimName', label: 'optionsClaimName', hint: 'optionsClaimNameHint' },
  { name: 'claimSource', label: 'optionsClaimSource', hint: 'optionsClaimSourceHint' },
  { name: 'assetPandaUrl', label: 'optionsAssetPandaUrl', hint: 'optionsAssetPandaUrlHint' },
];

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [form, setForm] = useState<OptionsForm>(DEFAULT_FORM);
  const [tried, setTried] = useState(false);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void send('state/get', {}).then((reply) => {
      if (!reply.ok) return setStatus(t('optionsLoadFailed'));
      setSettings(reply.settings);
      setForm(formFromSettings(reply.settings));
    });
  }, []);

  if (!settings) return <main class="options" aria-busy="true" />;
  const locked = settings.profileLocked;
  const problems = formProblems(form, settings.assetPandaHostPatterns);
  const shown = tried ? problems : {};

  const save = async (values: OptionsForm, done: string) => {
    setBusy(true);
    const reply = await send('options/set', optionsToSave(values, locked));
    setBusy(false);
    if (!reply.ok) return setStatus(t('optionsSaveFailed', reply.error));
    setSettings(reply.settings);
    setForm(formFromSettings(reply.settings));
    setTried(false);
    setStatus(done);
  };

  const submit = (event: Event) => {
    event.preventDefault();
    setTried(true);
    const wrong = FIELDS.find(
      ({ name }) => problems[name] && !(locked && name !== 'assetPandaUrl'),
    );
    if (wrong) {
      setStatus(t('optionsFixFirst'));
      document.getElementById(`options-${wrong.name}`)?.focus();
      return;
    }
    void save(form, t('optionsSaved'));
  };

  const field = ({ name, label, hint }: (typeof FIELDS)[number]) => {
    const error = shown[name];
    const id = `options-${name}`;
    return (
      <div class="field" key={name}>
        <label for={id}>{t(label)}</label>
        <input
          id={id}
          name={name}
          type="text"
          autocomplete="off"
          spellcheck={false}
          value={form[name]}
          onInput={(e) => setForm({ ...form, [name]: e.currentTarget.value })}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
        />
        <p id={`${id}-hint`} class="hint">
          {t(hint)} {t('optionsDefault', DEFAULT_FORM[name])}
        </p>
        {error && (
          <p id={`${id}-error`} class="problem">
            {t(error)}
          </p>
        )}
      </div>
    );
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <form onSubmit={submit} noValidate aria-busy={busy}>
        <fieldset disabled={locked} aria-describedby={locked ? 'options-locked' : 'options-intro'}>
          <legend>{t('optionsProfileHeading')}</legend>
          <p id="options-intro">{t('optionsProfileIntro')}</p>
          {locked && (
            <p id="options-locked" class="notice" role="note">
              {t('optionsLocked')}
            </p>
          )}
          {FIELDS.slice(0, 4).map(field)}
        </fieldset>
        <fieldset>
          <legend>{t('optionsAssetPandaHeading')}</legend>
          {field(FIELDS[4]!)}
        </fieldset>
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {t('optionsSave')}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => void save(DEFAULT_FORM, t('optionsResetDone'))}
          >
            {t('optionsReset')}
          </button>
        </div>
        <p role="status" class="notice">
          {status}
        </p>
      </form>
      <WordOverrides />
      <section aria-labelledby="options-forget">
        <h2 id="options-forget">{t('forgetEverything')}</h2>
        <p id="options-forget-hint">{t('forgetEverythingHint')}</p>
        <button
          type="button"
          aria-describedby="options-forget-hint"
          disabled={busy}
          onClick={() =>
            void send('data/forget', {}).then((reply) =>
              setStatus(reply.ok ? t('forgetEverythingDone') : t('forgetEverythingFailed')),
            )
          }
        >
          {t('forgetEverything')}
        </button>
      </section>
    </main>
  );
}
