// The transfer (issue 6): a resumable state machine in storage.session `transfer`, keyed by its id.
// Only the popup's `transfer/start` starts one, in this browser session: session storage is out of
// content scripts' reach, and a `transfer` a page planted in storage.local is never read. It goes
// to one Asset Panda origin only (transfer-destination.ts), checked again before every step. The background finds the Asset Panda tab, then sends
// the content script one step at a time (`transfer/step`); the content script answers each with
// `transfer/report`, and that report, not a reply kept in memory, moves the machine on. A stopped
// service worker is woken by the next report or by the page announcing itself, and carries on
// from storage. Save is recorded before it is clicked and never clicked twice.

import { assetPandaWords } from '../core/word-overrides';
import { effectiveWordOverrides } from './word-overrides';
import browser from 'webextension-polyfill';
import { base64ToBytes, sha256Hex } from '../core/bytes';
import { inspectMetadata } from '../core/metadata/inspect';
import type { CommandPayload } from '../core/commands';
import type { RequestPayload, Result } from '../core/messages';
import type { Settings } from '../core/settings';
import type { TransferRecord } from '../core/storage-schema';
import { domainsProblem } from '../core/transfer-domains';
import {
  connectionNameProblem,
  metadataFileName,
  normalizeConnectionName,
} from '../core/transfer-name';
import { stepAfter, type PageStep, type RefusalCode } from '../core/transfer-steps';
import { sendCommand } from '../messaging/commands';
import { defineHandlers } from './router';
import { getSettings } from './settings';
import { getLocal, getSession, setLocal, setSession, updateLocal } from './store';
import { failTransfer, isActive, saveTransfer, withTransfer } from './transfer-state';
import { currentDestination, mayStartTo, stillDestination } from './transfer-destination';
import { openAssetPandaTabs, openTab, originOf, showTab, urlOnOrigin } from './transfer-tab';

/** A transfer untouched for longer is not resumed: the page has moved on; the admin sends again. */
const RESUME_WITHIN_MS = 15 * 60_000;
/** How long an Asset Panda page already open may take to start its content script. */
const SCRIPT_START_MS = 10_000;

export const transferHandlers = defineHandlers({
  'transfer/start': (payload) => withTransfer((current) => start(current, payload)),

  'transfer/cancel': () => withTransfer(cancel),

  'transfer/report': (payload, ctx) =>
    withTransfer(async (record) => {
      // Only the step this transfer is at, from its own tab on its origin, counts; anything else
      // is stale (or another organization's page in that tab).
      if (
        !isActive(record) ||
        record.id !== payload.transferId ||
        record.tabId !== ctx.tabId ||
        originOf(ctx.url) !== record.origin ||
        record.step !== payload.step
      )
        return { ok: true };
      if (payload.status === 'failed')
        await failTransfer(record, payload.problem ?? { code: 'page-error' });
      else if (payload.status === 'waiting')
        await saveTransfer(
          record,
          { status: 'waiting', waitingFor: 'sign-in' },
          { step: payload.step, status: 'waiting' },
        );
      else await advance(await saveTransfer(record, {}, { step: payload.step, status: 'done' }));
      return { ok: true };
    }),

  'assetpanda/hello': (_payload, ctx) =>
    withTransfer(async (record) => {
      if (!isActive(record)) return { ok: true };
      if (record.step === 'find-tab') await findTab(record);
      // A page that (re)loaded has lost any open form: start again from the sign-in check, or,
      // once Save was clicked, only read back what was saved.
      else if (record.tabId === ctx.tabId) await resume(record);
      return { ok: true };
    }),
});

/** Stops a transfer that has not clicked Save yet, and tells its page to stop too. */
async function cancel(
  record: TransferRecord | null,
): Promise<Result<{ transfer: TransferRecord }>> {
  if (!isActive(record)) return { ok: false, error: 'no-transfer' };
  if (record.saveClickedAt) return { ok: false, error: 'already-saving' };
  const transfer = await failTransfer(record, { code: 'cancelled' });
  const tab =
    transfer.tabId === null
      ? null
      : await urlOnOrigin(transfer.tabId, transfer.origin, await getSettings());
  if (tab?.url) await send(transfer, 'transfer/stop', { transferId: transfer.id });
  return { ok: true, transfer };
}

/** "Forget everything": stops a transfer still before Save, then forgets it. Null when done. */
export function forgetTransfer(): Promise<RefusalCode | null> {
  return withTransfer(async (record) => {
    if (isActive(record)) {
      const stopped = await cancel(record);
      if (!stopped.ok) return stopped.error;
    }
    await setSession('transfer', null);
    return null;
  });
}

/** Listeners and the resume after a restart: called once, at the top level of the background. */
export function watchTransfers(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void withTransfer(async (record) => {
      if (isActive(record) && record.tabId === tabId)
        await failTransfer(record, { code: 'tab-closed' });
    });
  });
  // The service worker starts again for any event; a transfer it left running carries on. One
  // waiting for the admin stays as it is: the page reports when they are back.
  void withTransfer(async (record) => {
    if (record?.status !== 'running') return;
    if (Date.now() - Date.parse(record.updatedAt) > RESUME_WITHIN_MS)
      await failTransfer(record, { code: 'interrupted' });
    else if (record.step === 'find-tab') await findTab(record);
    else await dispatch(record, record.step);
  });
}

async function start(
  current: TransferRecord | null,
  payload: RequestPayload<'transfer/start'>,
): Promise<Result<{ transfer: TransferRecord }>> {
  if (isActive(current) && Date.now() - Date.parse(current.updatedAt) < RESUME_WITHIN_MS)
    return { ok: false, error: 'transfer-running' };
  const domains = payload.enableType === 'domains' ? payload.domains : [];
  if (connectionNameProblem(payload.connectionName)) return { ok: false, error: 'bad-name' };
  if (payload.enableType === 'domains' && domainsProblem(domains))
    return { ok: false, error: 'bad-domains' };
  const [metadata] = await getLocal('captures');
  if (!metadata) return { ok: false, error: 'no-metadata' };
  const settings = await getSettings();
  if (settings.policyBlock) return { ok: false, error: 'policy-no-hosts' };
  // The origin the popup showed must still be where the metadata goes (settings may have changed
  // since); a pick among the open Asset Panda origins is kept for next time.
  const destination = await currentDestination(settings);
  if (!mayStartTo(payload.origin, destination)) return { ok: false, error: 'destination-changed' };
  // Only the capture the admin reviewed in the popup goes out: a newer one (planted by a page
  // script, say) is refused, and the bytes are checked again rather than trusted from storage.
  const bytes = base64ToBytes(metadata.base64);
  if ((await sha256Hex(bytes)) !== payload.captureSha256.toLowerCase())
    return { ok: false, error: 'capture-changed' };
  if (!(await inspectMetadata(bytes)).ok) return { ok: false, error: 'metadata-refused' };
  if (destination.source !== 'organization') await setLocal('assetPandaChoice', payload.origin);

  const connectionName = normalizeConnectionName(payload.connectionName);
  const now = new Date().toISOString();
  const transfer = await saveTransfer(
    {
      id: crypto.randomUUID(),
      status: 'running',
      enableType: payload.enableType,
      connectionName,
      domains,
      replaceExisting: payload.replaceExisting ?? false,
      origin: payload.origin,
      metadataBase64: metadata.base64,
      fileName: metadataFileName(connectionName),
      tabId: null,
      step: 'find-tab',
      waitingFor: null,
      problem: null,
      saveClickedAt: null,
      startedAt: now,
      updatedAt: now,
      steps: [],
    },
    {},
    { step: 'find-tab', status: 'running' },
  );
  return { ok: true, transfer: await findTab(transfer) };
}

/**
 * Fails the transfer when its origin is no longer where the metadata may go (the address, the
 * admin's pick or the policy changed), so no path, retries included, sends it elsewhere.
 */
async function refuseMoved(record: TransferRecord, settings: Settings): Promise<boolean> {
  if (await stillDestination(record.origin, settings)) return false;
  const address = settings.organizationOrigin === null ? record.origin : settings.assetPandaUrl;
  await failTransfer(record, { code: 'url-not-allowed', message: address.slice(0, 500) });
  return true;
}

/** Uses the best open tab on the transfer's origin, or opens one there. */
async function findTab(record: TransferRecord): Promise<TransferRecord> {
  const settings = await getSettings();
  if (await refuseMoved(record, settings)) return (await getSession('transfer')) ?? record;
  const [tab] = (await openAssetPandaTabs(settings)).filter(
    (open) => originOf(open.url) === record.origin,
  );
  if (!tab) return openNewTab(record, addressOn(record.origin, settings));
  const found = await saveTransfer(
    record,
    { tabId: tab.id, step: 'sign-in' },
    { step: 'find-tab', status: 'done' },
  );
  await showTab(tab).catch(() => undefined);
  // A page whose content script is still starting announces itself when it is ready. One that
  // stays silent was open before the extension was installed: a new tab takes its place.
  if (!(await dispatch(found, 'sign-in')))
    setTimeout(() => void withTransfer((current) => retryOrOpen(current, found)), SCRIPT_START_MS);
  return (await getSession('transfer')) ?? found;
}

async function retryOrOpen(current: TransferRecord | null, found: TransferRecord): Promise<void> {
  const stillThere = (record: TransferRecord | null): record is TransferRecord =>
    record?.id === found.id &&
    record.status === 'running' &&
    record.tabId === found.tabId &&
    record.step === 'sign-in';
  if (!stillThere(current) || (await dispatch(current, 'sign-in'))) return;
  const now = await getSession('transfer');
  const settings = await getSettings();
  if (stillThere(now) && !(await refuseMoved(now, settings)))
    await openNewTab(
      await saveTransfer(now, {}, { step: 'find-tab', status: 'running' }),
      addressOn(now.origin, settings),
    );
}

/** The configured address when it is on `origin` (it may name a page), else the origin itself. */
function addressOn(origin: string, settings: Settings): string {
  return originOf(settings.assetPandaUrl) === origin ? settings.assetPandaUrl : `${origin}/`;
}

/** The new page's content script announces itself when it loads; `resume` sends it the step. */
async function openNewTab(record: TransferRecord, url: string): Promise<TransferRecord> {
  if (originOf(url) !== record.origin) return failTransfer(record, { code: 'url-not-allowed' });
  const tabId = await openTab(url);
  return saveTransfer(record, { tabId, step: 'sign-in' }, { step: 'find-tab', status: 'done' });
}

async function resume(record: TransferRecord): Promise<void> {
  await dispatch(record, record.saveClickedAt ? 'read-back' : 'sign-in');
}

async function advance(record: TransferRecord): Promise<void> {
  const next = stepAfter(record.step, record.enableType);
  if (next) {
    await dispatch(record, next);
    return;
  }
  await saveTransfer(record, { status: 'done', waitingFor: null });
  await updateLocal('progress', (progress) => ({
    ...progress,
    steps: {
      ...progress.steps,
      'send-to-assetpanda': { state: 'done', at: new Date().toISOString() },
    },
  }));
}

/**
 * Sends `wanted` to the transfer's tab once the tab is seen to show Asset Panda on an allowed
 * origin. Returns whether the content script took the command.
 */
async function dispatch(record: TransferRecord, wanted: PageStep): Promise<boolean> {
  const url = await tabReady(record);
  if (!url) return false;
  // The one guard against saving twice: once Save was recorded, only the read-back may follow.
  const step: PageStep = wanted === 'save' && record.saveClickedAt ? 'read-back' : wanted;
  const running = await saveTransfer(
    record,
    {
      step,
      status: 'running',
      waitingFor: null,
      ...(step === 'save' ? { saveClickedAt: new Date().toISOString() } : {}),
    },
    { step, status: 'running' },
  );
  const job: CommandPayload<'transfer/step'>['job'] = {
    enableType: running.enableType,
    connectionName: running.connectionName,
    domains: running.domains,
    replaceExisting: running.replaceExisting,
    fileName: running.fileName,
    words: assetPandaWords(await effectiveWordOverrides()),
    ...(step === 'metadata-file' ? { metadataBase64: running.metadataBase64 } : {}),
  };
  const { origin } = new URL(url);
  return send(running, 'transfer/step', { transferId: running.id, step, origin, job });
}

/**
 * The address of the transfer's tab if it shows an Asset Panda page on an allowed origin. A closed
 * tab ends the transfer; a tab on another site (an identity provider's sign-in, say) makes it
 * wait: the Asset Panda page announces itself when the tab comes back, and the transfer resumes.
 */
async function tabReady(record: TransferRecord): Promise<string | null> {
  if (record.tabId === null) return null;
  const settings = await getSettings();
  if (await refuseMoved(record, settings)) return null;
  const { closed, url } = await urlOnOrigin(record.tabId, record.origin, settings);
  if (closed) await failTransfer(record, { code: 'tab-closed' });
  else if (!url) await saveTransfer(record, { status: 'waiting', waitingFor: 'tab' });
  return url;
}

/** Sends a command to the transfer's tab (its top frame); whether the page took it. */
async function send<N extends 'transfer/step' | 'transfer/stop'>(
  record: TransferRecord,
  name: N,
  payload: CommandPayload<N>,
): Promise<boolean> {
  if (record.tabId === null) return false;
  const reply = await sendCommand(record.tabId, name, payload, { frameId: 0 });
  return reply?.accepted === true;
}
