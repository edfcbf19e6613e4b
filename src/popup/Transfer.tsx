// The popup's transfer section (issue 6): the form, and once sent, the transfer as it happens.
// The background runs the transfer; this only asks it to start or cancel, and shows what
// `state/get` says (App refreshes on every storage change).

import { useRef, useState } from 'preact/hooks';
import { base64ToBytes, sha256Hex } from '../core/bytes';
import { codeKey } from '../core/message-keys';
import { captureConcerns, type CaptureConcern } from '../core/capture-concerns';
import { DEFAULT_CONNECTION_NAME } from '../core/transfer-name';
import { send } from '../messaging/send';
import { refusalText, t } from '../ui/i18n';
import type { PopupState } from './state';
import { DESTINATION_ID, TransferDestination } from './TransferDestination';
import { TransferForm, type TransferChoice, type TransferValues } from './TransferForm';
import { TransferStatus } from './TransferStatus';
import './Transfer.css';

/** `isTask`: sending is what the admin does now, so Send is the popup's primary button. */
export function Transfer({ state, isTask }: { state: PopupState; isTask: boolean }) {
  const transfer = state.transfer;
  const [values, setValues] = useState<TransferValues>(() => ({
    enableType: transfer?.enableType ?? null,
    connectionName: transfer?.connectionName ?? DEFAULT_CONNECTION_NAME,
    domainsText: transfer?.domains.join(', ') ?? '',
  }));
  const [refusal, setRefusal] = useState('');
  // The admin's pick of where to send, until the background has kept it (then it is `origin`).
  const [picking, setPicking] = useState(false);
  const [picked, setPicked] = useState<string | null>(null);
  const destination = state.destination;
  const blocked = state.settings.policyBlock !== null;
  const origin = destination.origin && !picking ? destination.origin : picked;
  /** A send waiting for the admin's explicit yes, and why it waits. */
  const [confirming, setConfirming] = useState<{
    choice: TransferChoice;
    concerns: CaptureConcern[];
  } | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const active = transfer?.status === 'running' || transfer?.status === 'waiting';

  const start = async (choice: TransferChoice, replaceExisting = false) => {
    setRefusal('');
    setConfirming(null);
    if (!origin) {
      setRefusal(t('transferDestinationMissing'));
      document.querySelector<HTMLInputElement>('[name="destination"]')?.focus();
      return;
    }
    const shown = state.captures[0];
    if (!shown) return setRefusal(refusalText('transferRefused', 'no-metadata'));
    // The hash of the capture this popup shows: the background sends that one or refuses.
    const captureSha256 = await sha256Hex(base64ToBytes(shown.base64));
    const reply = await send('transfer/start', {
      ...choice,
      replaceExisting,
      origin,
      captureSha256,
    });
    if (!reply.ok) return setRefusal(refusalText('transferRefused', reply.error));
    setPicking(false);
    setPicked(null);
  };

  const startOrAsk = (choice: TransferChoice) => {
    const shown = state.captures[0];
    const concerns = shown ? captureConcerns(shown, state.portalCertificate) : [];
    if (concerns.length) setConfirming({ choice, concerns });
    else void start(choice);
  };

  const sendAnyway = () => {
    if (!transfer) return;
    const { enableType, connectionName, domains } = transfer;
    void start({ enableType, connectionName, domains }, true);
  };

  const cancel = async () => {
    const reply = await send('transfer/cancel', {});
    if (!reply.ok) setRefusal(refusalText('transferRefused', reply.error));
  };

  return (
    <section class="transfer" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('transferHeading')}</h2>
      {state.captures.length === 0 && <p class="hint">{t('transferNeedsMetadata')}</p>}
      {transfer && (
        <TransferStatus
          transfer={transfer}
          onSendAnyway={sendAnyway}
          onRename={() => nameInput.current?.focus()}
          onCancel={() => void cancel()}
        />
      )}
      <TransferForm
        values={values}
        onChange={setValues}
        suggestions={state.suggestedDomains}
        disabled={active || blocked}
        onSend={startOrAsk}
        primary={isTask}
        nameRef={nameInput}
        destinationId={DESTINATION_ID}
        destination={
          <TransferDestination
            destination={destination}
            blocked={blocked}
            origin={origin}
            picking={picking}
            disabled={active}
            onPick={setPicked}
            onChange={() => setPicking(true)}
          />
        }
      />
      {confirming && (
        <div role="alert" class="problem" data-testid="send-confirmation">
          <p>{t('transferConfirmIntro')}</p>
          <ul>
            {confirming.concerns.map((concern) => (
              <li key={concern} data-concern={concern}>
                {t(codeKey('transferConcern', concern))}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void start(confirming.choice)}>
            {t('transferConfirmSend')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(null)}>
            {t('transferConfirmCancel')}
          </button>
        </div>
      )}
      {refusal && (
        <p role="alert" class="problem">
          {refusal}
        </p>
      )}
    </section>
  );
}
