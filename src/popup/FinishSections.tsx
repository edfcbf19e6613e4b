// The popup's end of the setup (issue 15), after the sign-in test: explain an error, the
// certificate reminders, and the setup report. None is ever the admin's task, so each folds to its
// heading.

import { Decoder } from './Decoder';
import { Reminders } from './Reminders';
import { SetupReport } from './SetupReport';
import type { PopupState } from './state';

export function FinishSections({ state }: { state: PopupState }) {
  return (
    <>
      <Decoder state={state} />
      <Reminders state={state} />
      <SetupReport state={state} />
    </>
  );
}
