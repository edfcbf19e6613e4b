// "Show me" (the error decoder) and a clicked certificate reminder: the guide, in the portal, on
// the step that fixes the problem. The step goes back to todo (the error shows it is not right
// after all), so the guide makes it the current one; the portal tab comes to the front, or a new
// one opens on Enterprise applications, where the guide appears on its own.

import browser from 'webextension-polyfill';
import { PORTAL_STEP_IDS, type StepId } from '../core/steps';
import { sendCommand } from '../messaging/commands';
import { broadcastProgress, portalTabId } from './frames';
import { recordStep } from './progress';

const ENTERPRISE_APPS =
  'https://portal.azure.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview';

export async function openStep(step: StepId): Promise<number | null> {
  if (!PORTAL_STEP_IDS.includes(step)) return null;
  await recordStep(step, 'todo');
  const tabId = await portalTabId();
  if (tabId === null) {
    const tab = await browser.tabs.create({ url: ENTERPRISE_APPS });
    return tab.id ?? null;
  }
  await browser.tabs.update(tabId, { active: true });
  await broadcastProgress(tabId, null);
  await sendCommand(tabId, 'guide/show', {}, { frameId: 0 });
  return tabId;
}
