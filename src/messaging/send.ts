// Sends a typed request to the background. A failure to reach it (the service worker restarting,
// the extension updated under an open page) comes back as a refusal, never as a thrown error.

import browser from 'webextension-polyfill';
import type { RequestName, RequestPayload, RequestResults, Result } from '../core/messages';

export async function send<N extends RequestName>(
  type: N,
  payload: RequestPayload<N>,
): Promise<Result<RequestResults[N]>> {
  try {
    const reply = (await browser.runtime.sendMessage({ type, payload })) as
      Result<RequestResults[N]> | undefined;
    return reply ?? { ok: false, error: 'no-reply' };
  } catch (error) {
    console.warn('[sso-assistant] the background did not answer:', type, error);
    return { ok: false, error: 'unreachable' };
  }
}
