// The sign-in test (issue 15): when the background says this tab just came through Entra's SAML
// sign-in, wait (on page changes, never polling) for the app to show the admin signed in, and
// say so once. Nothing about the page or the user is sent.

import { send } from '../../messaging/send';
import { waitFor } from '../dom/watch';
import { PAGE_LOAD_MS } from './find';
import { seen } from './steps/sign-in';

export async function watchSignInArrival(): Promise<void> {
  const reply = await send('sign-in/check', {});
  if (!reply.ok || !reply.watch) return;
  const signedIn = await waitFor(() => (seen() === 'signed-in' ? true : null), PAGE_LOAD_MS);
  if (signedIn) await send('sign-in/arrived', {});
}
