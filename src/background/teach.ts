// "Show me where it is" (issue 13 part 7): the popup asks for the transfer's Asset Panda tab to let
// the admin point at a target it could not find. Only the tab of the last transfer, only while it
// shows the transfer's own Asset Panda origin; the page then reads the element the admin clicks, and the
// admin's confirmation there sends `words/teach`.

import browser from 'webextension-polyfill';
import { sendCommand } from '../messaging/commands';
import { defineHandlers } from './router';
import { getSettings } from './settings';
import { getSession } from './store';
import { showTab, urlOnOrigin } from './transfer-tab';

export const teachHandlers = defineHandlers({
  'teach/start': async ({ target }) => {
    const transfer = await getSession('transfer');
    if (transfer?.tabId == null) return { ok: false, error: 'no-tab' };
    // The transfer's own origin only (issue 14.2), not any allowed Asset Panda page.
    const { url } = await urlOnOrigin(transfer.tabId, transfer.origin, await getSettings());
    if (!url) return { ok: false, error: 'no-tab' };
    const tab = await browser.tabs.get(transfer.tabId);
    await showTab(tab);
    const reply = await sendCommand(transfer.tabId, 'teach/point', { target }, { frameId: 0 });
    return reply?.accepted ? { ok: true } : { ok: false, error: 'page-not-ready' };
  },
});
