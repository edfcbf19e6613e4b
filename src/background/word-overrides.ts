// Word overrides (issue 13 part 6): the policy's (storage.managed `wordOverrides`, read-only) and
// the admin's own (storage.local, from the options page or taught by pointing). Every write is
// checked again here: the options page and the content scripts are other contexts.

import {
  isWordOverrides,
  mergeWordOverrides,
  teachWord,
  WORD_TARGETS,
  type WordOverrides,
  type WordOverridesState,
} from '../core/word-overrides';
import { defineHandlers } from './router';
import { readPolicy } from './settings';
import { getLocal, getSession, setLocal, updateLocal } from './store';

export async function getWordOverrides(): Promise<WordOverridesState> {
  const [policy, own] = await Promise.all([readPolicy(), getLocal('wordOverrides')]);
  return { policy: policy.wordOverrides ?? {}, own: isWordOverrides(own) ? own : {} };
}

/** The words a page tries, policy's first. */
export async function effectiveWordOverrides(): Promise<WordOverrides> {
  const { policy, own } = await getWordOverrides();
  return mergeWordOverrides(policy, own);
}

async function isTransferPage(tabId: number | null, url: string): Promise<boolean> {
  const transfer = await getSession('transfer');
  if (!transfer || tabId === null || transfer.tabId !== tabId) return false;
  try {
    return new URL(url).origin === transfer.origin;
  } catch {
    return false;
  }
}

export const wordHandlers = defineHandlers({
  'words/set': async ({ overrides }) => {
    await setLocal('wordOverrides', overrides);
    return { ok: true, words: await getWordOverrides() };
  },
  'words/teach': async ({ target, word }, { role, tabId, url }) => {
    // A portal frame teaches portal targets, an Asset Panda page its own.
    const site = role === 'assetpanda' ? 'assetpanda.' : 'portal.';
    if (!WORD_TARGETS.includes(target) || !target.startsWith(site) || !word.trim())
      return { ok: false, error: 'bad-target' };
    // Asset Panda's words decide what the transfer clicks and types into, so only the page the
    // popup's "Show me where it is" was sent to teaches them: the transfer's tab, on its origin.
    if (role === 'assetpanda' && !(await isTransferPage(tabId, url)))
      return { ok: false, error: 'no-tab' };
    const own = await updateLocal('wordOverrides', (current) =>
      teachWord(isWordOverrides(current) ? current : {}, target, word),
    );
    return isWordOverrides(own)
      ? { ok: true, words: await getWordOverrides() }
      : { ok: false, error: 'bad-word' };
  },
});
