// Word overrides in the options page (issue 13 parts 6 and 7): the words the assistant also looks
// for, per target. The policy's are listed and cannot be removed; the admin's own (added here or
// taught by pointing) can. The background checks every change again (words/set).

import { useEffect, useState } from 'preact/hooks';
import {
  isWordOverrides,
  teachWord,
  WORD_TARGETS,
  type WordOverrides as Overrides,
  type WordOverridesState,
} from '../core/word-overrides';
import { send } from '../messaging/send';
import { t } from '../ui/i18n';

function without(own: Overrides, target: string, word: string): Overrides {
  const words = (own[target] ?? []).filter((w) => w !== word);
  const { [target]: _removed, ...rest } = own;
  return words.length ? { ...rest, [target]: words } : rest;
}

export function WordOverrides() {
  const [state, setState] = useState<WordOverridesState | null>(null);
  const [target, setTarget] = useState(WORD_TARGETS[0] ?? '');
  const [word, setWord] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    void send('state/get', {}).then((reply) => reply.ok && setState(reply.words));
  }, []);
  if (!state) return null;

  const store = async (own: Overrides) => {
    if (!isWordOverrides(own)) return setStatus(t('optionsWordsRefused'));
    const reply = await send('words/set', { overrides: own });
    if (!reply.ok) return setStatus(t('optionsWordsRefused'));
    setState(reply.words);
    setStatus('');
  };
  const rows = [
    ...Object.entries(state.policy).flatMap(([at, words]) =>
      (words ?? []).map((w) => ({ target: at, word: w, policy: true })),
    ),
    ...Object.entries(state.own).flatMap(([at, words]) =>
      (words ?? []).map((w) => ({ target: at, word: w, policy: false })),
    ),
  ];

  return (
    <section class="words" aria-labelledby="words-heading">
      <h2 id="words-heading">{t('optionsWordsHeading')}</h2>
      <p>{t('optionsWordsIntro')}</p>
      {rows.length === 0 ? (
        <p>{t('optionsWordsNone')}</p>
      ) : (
        <ul>
          {rows.map((row) => (
            <li key={`${row.policy} ${row.target} ${row.word}`} data-word-target={row.target}>
              <code>{row.target}</code>: “{row.word}”{' '}
              {row.policy ? (
                <em>({t('optionsWordsPolicy')})</em>
              ) : (
                <button
                  type="button"
                  onClick={() => void store(without(state.own, row.target, row.word))}
                >
                  {t('optionsWordsRemove', [row.word, row.target])}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (word.trim()) void store(teachWord(state.own, target, word)).then(() => setWord(''));
        }}
      >
        <label>
          {t('optionsWordsTarget')}{' '}
          <select value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
            {WORD_TARGETS.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {t('optionsWordsWord')}{' '}
          <input value={word} maxLength={80} onInput={(e) => setWord(e.currentTarget.value)} />
        </label>{' '}
        <button type="submit">{t('optionsWordsAdd')}</button>
      </form>
      <p role="status">{status}</p>
    </section>
  );
}
