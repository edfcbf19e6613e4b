// The transfer form: Enable type (Asset Panda's three choices), Connection name, Domains (for
// "Enable for selected domains" only), and "Send to Asset Panda". Plain form controls with visible
// labels, errors tied to their fields, and the first wrong field focused on Send.

import type { ComponentChildren, Ref } from 'preact';
import { useState } from 'preact/hooks';
import { ENABLE_TYPES, type EnableType } from '../core/transfer-steps';
import { domainsProblem, parseDomains, type DomainsProblem } from '../core/transfer-domains';
import { connectionNameProblem } from '../core/transfer-name';
import { codeKey } from '../core/message-keys';
import { t } from '../ui/i18n';

export interface TransferValues {
  enableType: EnableType | null;
  connectionName: string;
  domainsText: string;
}

export interface TransferChoice {
  enableType: EnableType;
  connectionName: string;
  domains: string[];
}

function domainsError(problem: DomainsProblem): string {
  const key = codeKey('transferDomainsError', problem.code);
  return 'domain' in problem ? t(key, problem.domain) : t(key);
}

/** The message for each field that is wrong, in the order the fields appear. */
function errorsOf(values: TransferValues) {
  const name = connectionNameProblem(values.connectionName);
  const domains =
    values.enableType === 'domains' ? domainsProblem(parseDomains(values.domainsText)) : null;
  return {
    enableType: values.enableType ? null : t('transferEnableTypeError'),
    connectionName: name ? t(codeKey('transferNameError', name)) : null,
    domains: domains ? domainsError(domains) : null,
  };
}

export function TransferForm({
  values,
  onChange,
  suggestions,
  disabled,
  onSend,
  primary,
  nameRef,
  destination,
  destinationId,
}: {
  values: TransferValues;
  onChange: (values: TransferValues) => void;
  suggestions: readonly string[];
  disabled: boolean;
  onSend: (choice: TransferChoice) => void;
  /** Send is the popup's one primary button while sending is the admin's task. */
  primary: boolean;
  nameRef: Ref<HTMLInputElement>;
  /** Where Send sends, shown right before the button and named in its description. */
  destination: ComponentChildren;
  destinationId: string;
}) {
  const [tried, setTried] = useState(false);
  const errors = errorsOf(values);
  const shown = tried ? errors : { enableType: null, connectionName: null, domains: null };
  const typed = parseDomains(values.domainsText);
  const unused = suggestions.filter((domain) => !typed.includes(domain));

  const submit = (event: Event) => {
    event.preventDefault();
    setTried(true);
    const form = event.currentTarget as HTMLFormElement;
    if (errors.enableType) form.querySelector<HTMLInputElement>('[name="enableType"]')?.focus();
    else if (errors.connectionName) form.querySelector<HTMLInputElement>('#transfer-name')?.focus();
    else if (errors.domains) form.querySelector<HTMLInputElement>('#transfer-domains')?.focus();
    else if (values.enableType)
      onSend({
        enableType: values.enableType,
        connectionName: values.connectionName,
        domains: values.enableType === 'domains' ? typed : [],
      });
  };

  return (
    <form class="transfer-form" onSubmit={submit} noValidate>
      <fieldset
        class="choices"
        aria-describedby={shown.enableType ? 'transfer-type-error' : undefined}
      >
        <legend>{t('transferEnableType')}</legend>
        {ENABLE_TYPES.map((type) => (
          <label key={type} class="choice">
            <input
              type="radio"
              name="enableType"
              value={type}
              checked={values.enableType === type}
              disabled={disabled}
              onChange={() => onChange({ ...values, enableType: type })}
            />
            {t(codeKey('transferEnable', type))}
          </label>
        ))}
        {shown.enableType && (
          <p id="transfer-type-error" class="problem">
            {shown.enableType}
          </p>
        )}
      </fieldset>

      <label for="transfer-name">{t('transferConnectionName')}</label>
      <input
        id="transfer-name"
        ref={nameRef}
        type="text"
        autocomplete="off"
        disabled={disabled}
        value={values.connectionName}
        onInput={(e) => onChange({ ...values, connectionName: e.currentTarget.value })}
        aria-invalid={shown.connectionName ? 'true' : 'false'}
        aria-describedby={
          shown.connectionName ? 'transfer-name-error transfer-name-hint' : 'transfer-name-hint'
        }
      />
      <p id="transfer-name-hint" class="hint">
        {t('transferConnectionNameHint')}
      </p>
      {shown.connectionName && (
        <p id="transfer-name-error" class="problem">
          {shown.connectionName}
        </p>
      )}

      {values.enableType === 'domains' && (
        <>
          <label for="transfer-domains">{t('transferDomains')}</label>
          <input
            id="transfer-domains"
            type="text"
            autocomplete="off"
            spellcheck={false}
            disabled={disabled}
            placeholder="contoso.com, contoso.co.uk"
            value={values.domainsText}
            onInput={(e) => onChange({ ...values, domainsText: e.currentTarget.value })}
            aria-invalid={shown.domains ? 'true' : 'false'}
            aria-describedby={
              shown.domains
                ? 'transfer-domains-error transfer-domains-hint'
                : 'transfer-domains-hint'
            }
          />
          <p id="transfer-domains-hint" class="hint">
            {t('transferDomainsHint')}
          </p>
          {unused.length > 0 && (
            <p class="suggestions">
              {t('transferDomainsSuggested')}{' '}
              {unused.map((domain) => (
                <button
                  key={domain}
                  type="button"
                  disabled={disabled}
                  onClick={() =>
                    onChange({ ...values, domainsText: [...typed, domain].join(', ') })
                  }
                >
                  {t('transferDomainsAdd', domain)}
                </button>
              ))}
            </p>
          )}
          {shown.domains && (
            <p id="transfer-domains-error" class="problem">
              {shown.domains}
            </p>
          )}
        </>
      )}

      {destination}
      <button
        type="submit"
        class={primary ? 'primary' : undefined}
        disabled={disabled}
        aria-describedby={destinationId}
      >
        {t('transferSend')}
      </button>
    </form>
  );
}
