// The popup's end of the setup (issue 15), in flow order after the transfer: test the sign-in,
// explain an error, the certificate reminders, and the setup report.

import { Decoder } from './Decoder';
import { Reminders } from './Reminders';
import { SetupReport } from './SetupReport';
import { SignInTest } from './SignInTest';
import type { PopupState } from './state';

export function FinishSections({ state, onChange }: { state: PopupState; onChange: () => void }) {
  return (
    <>
      <SignInTest state={state} onChange={onChange} />
      <Decoder state={state} />
      <Reminders state={state} />
      <SetupReport state={state} />
    </>
  );
}
