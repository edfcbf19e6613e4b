// Asset Panda content script: acts only on a command from the background that follows the admin's
// click in the popup, one step of the transfer at a time (run.ts). On its own it only announces
// that the page (re)loaded, with nothing about the page, so a transfer in this tab can resume; and
// when its address carries a sign-in error, it shows what that error means.

import { onCommands } from '../../messaging/commands';
import { send } from '../../messaging/send';
import { hasErrorParams } from '../../core/error-pages';
import { explainErrorHere, landedAt } from '../error-page/explain';
import { runStep, stopTransfer } from './run';
import { watchSignInArrival } from './sign-in-arrival';
import { teach } from './teach';

// Each command is only taken here: the outcome follows as a `transfer/report`, which survives a
// stopped service worker.
const accepted = () => Promise.resolve({ accepted: true } as const);

onCommands({
  'transfer/step': (payload) => {
    // The background checked this tab's origin just before sending; if the page has moved on to
    // another origin since, this is not the page it meant.
    if (payload.origin !== location.origin) return undefined;
    runStep(payload);
    return accepted();
  },
  'transfer/stop': ({ transferId }) => {
    stopTransfer(transferId);
    return accepted();
  },
  'teach/point': ({ target }) => {
    teach(target);
    return accepted();
  },
});

void send('assetpanda/hello', {});
// Issue 15: a sign-in that failed at Cognito comes back here with the error in the address.
void watchSignInArrival();
const address = landedAt();
if (hasErrorParams(address)) void explainErrorHere(address);
