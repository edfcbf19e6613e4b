// Where "Send to Asset Panda" sends, shown beside it (the admin sees where metadata goes): the organization's
// origin from the options or policy, or the one the admin picked here. With neither, the admin picks
// one of the Asset Panda origins open in a tab (or the default address) before anything is sent;
// the background keeps that pick. A policy that allows no Asset Panda host says so instead.

import type { Destination } from '../core/messages';
import { t } from '../ui/i18n';

export const DESTINATION_ID = 'transfer-destination';

export function TransferDestination({
  destination,
  blocked,
  origin,
  picking,
  disabled,
  onPick,
  onChange,
}: {
  destination: Destination;
  /** Policy allows no transfer. */
  blocked: boolean;
  /** The origin Send uses now, or null until the admin picks one. */
  origin: string | null;
  picking: boolean;
  disabled: boolean;
  onPick: (origin: string) => void;
  onChange: () => void;
}) {
  if (blocked)
    return (
      <p id={DESTINATION_ID} role="alert" class="problem">
        {t('transferPolicyNoHosts')}
      </p>
    );
  if (!picking && destination.origin)
    return (
      <p id={DESTINATION_ID} class="destination">
        {t('transferDestination')}{' '}
        <strong data-origin={destination.origin}>{destination.origin}</strong>
        {destination.source === 'chosen' && (
          <>
            {' '}
            <button type="button" disabled={disabled} onClick={onChange}>
              {t('transferDestinationChange')}
            </button>
          </>
        )}
      </p>
    );
  return (
    <fieldset id={DESTINATION_ID} class="choices" aria-describedby="transfer-destination-hint">
      <legend>{t('transferDestinationPick')}</legend>
      {destination.candidates.map((candidate) => (
        <label key={candidate} class="choice">
          <input
            type="radio"
            name="destination"
            value={candidate}
            checked={origin === candidate}
            disabled={disabled}
            onChange={() => onPick(candidate)}
          />
          {candidate}
        </label>
      ))}
      <p id="transfer-destination-hint" class="hint">
        {destination.candidates.length
          ? t('transferDestinationPickHint')
          : t('transferDestinationNone')}
      </p>
    </fieldset>
  );
}
