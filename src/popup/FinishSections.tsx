// The popup's end of the setup (issue 15), in flow order after the transfer: test the sign-in,
// explain an error, the certificate reminders, and the setup report. Each folds to its heading;
// the sign-in test opens on its own once the metadata is in Asset Panda.

import { Decoder } from './Decoder';
import { Reminders } from './Reminders';
import { SetupReport } from './SetupReport';
import { SignInTest } from './SignInTest';
import type { PopupState, Task } from './App';

export function FinishSections({
  state,
  task,
  onChange,
}: {
  state: PopupState;
  task: Task;
  onChange: () => void;
}) {
  return (
    <>
      <SignInTest state={state} isTask={task === 'sign-in'} onChange={onChange} />
      <Decoder state={state} />
      <Reminders state={state} />
      <SetupReport state={state} />
    </>
  );
}
