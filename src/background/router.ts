// Routes checked requests to their handlers. Every request passes `requestProblem` first: unknown
// type, a sender not allowed for it, or a payload of the wrong shape is refused and logged.

import browser, { type Runtime } from 'webextension-polyfill';
import {
  requestProblem,
  type Request,
  type RequestName,
  type RequestPayload,
  type RequestResults,
  type Result,
  type Role,
} from '../core/messages';
import { cognitoOriginOf } from '../core/error-pages';
import { getSettings } from './settings';
import { roleOf } from './sender';

export interface RequestContext {
  role: Role;
  tabId: number | null;
  frameId: number | null;
  url: string;
}

type Handler<N extends RequestName> = (
  payload: RequestPayload<N>,
  ctx: RequestContext,
) => Promise<Result<RequestResults[N]>>;
/** A handler for every request: a request without one does not compile. */
export type Handlers = { [N in RequestName]: Handler<N> };

/** One module's handlers, typed as the table's, to be spread into the table `listen` takes. */
export function defineHandlers<const T extends Partial<Handlers>>(
  handlers: T,
): Pick<Handlers, keyof T & RequestName> {
  return handlers as Pick<Handlers, keyof T & RequestName>;
}

export function listen(handlers: Handlers): void {
  const extensionBase = browser.runtime.getURL('');
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    return (async (): Promise<Result<object>> => {
      const settings = await getSettings();
      const role = roleOf(
        sender,
        browser.runtime.id,
        extensionBase,
        settings.assetPandaHostPatterns,
        cognitoOriginOf(settings.profile.replyUrl),
      );
      const problem = requestProblem(message, role);
      if (problem) {
        console.warn('[sso-assistant] refused a message:', problem, sender.url);
        return { ok: false, error: problem };
      }
      const request = message as Request;
      const handler = handlers[request.type] as Handler<RequestName>;
      try {
        return await handler(request.payload, {
          role: role as Role,
          tabId: sender.tab?.id ?? null,
          frameId: sender.frameId ?? null,
          url: sender.url ?? '',
        });
      } catch (error) {
        console.error('[sso-assistant] request failed:', request.type, error);
        return { ok: false, error: 'internal-error' };
      }
    })();
  });
}
