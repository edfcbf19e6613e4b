// Asset Panda content script: acts only on a command from the background that follows the
// admin's click in the popup. It never reads or sends anything on its own.

import browser, { type Runtime } from 'webextension-polyfill';
import { commandProblem } from '../../core/messages';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || commandProblem(message)) return undefined;
  return undefined;
});
