// "Manage claim" (the procedure's step 5: Name `emailaddress`, Source attribute `user.mail`). Fields:
// Name, Namespace, Source (Attribute / Transformation radios), Source attribute. Save (disabled until
// dirty and valid, enabled after a delay) and "Discard changes". The Source attribute is a Knockout
// drop-down that opens and selects on `mouseup` (reference §4.1/§7). In the ReactView variant the same
// form runs inside `iframe[name="ManageClaim.ReactView"]`.

import { h, generatedId } from '../dom.js';
import { env, dialectB, isMissing } from '../env.js';
import { t } from '../labels.js';
import { icon } from '../icons.js';
import { observable, computed, effect } from '../ko.js';
import { server } from '../server.js';
import { commandBar } from '../controls/command-bar.js';
import { textField } from '../controls/text-box.js';
import { radioGroup } from '../controls/radio-group.js';
import { dropDown } from '../controls/drop-down.js';
import { mountReactView } from '../reactview-host.js';
import { formElement } from '../controls/b/form-element.js';

const SAVE_ENABLE_DELAY_MS = 450;

export const SOURCE_ATTRIBUTES = [
  'user.mail',
  'user.userprincipalname',
  'user.givenname',
  'user.surname',
  'user.displayname',
  'user.objectid',
  'user.employeeid',
  'user.department',
  'user.jobtitle',
  'user.companyname',
  'user.country',
  'user.mailnickname',
  'user.onpremisessamaccountname',
  'user.proxyaddresses',
  'user.telephonenumber',
];

export const TRANSFORMATIONS = ['ToLowercase', 'ToUppercase', 'ExtractMailPrefix', 'Trim'];

/** `ToLowercase(user.mail)` → { kind: 'transformation', transformation, attribute }. */
export function parseSource(source) {
  const match = /^(\w+)\((.*)\)$/.exec(source || '');
  return match
    ? { kind: 'transformation', transformation: match[1], attribute: match[2] }
    : { kind: 'attribute', transformation: TRANSFORMATIONS[0], attribute: source || '' };
}

export function claimErrors(claims, index, claim) {
  const errors = { name: null, source: null };
  if (!claim.name.trim()) errors.name = 'errorRequired';
  else if (/\s/.test(claim.name.trim())) errors.name = 'errorClaimNameSpaces';
  else if (
    claims.some(
      (c, i) =>
        i !== index &&
        c.name === claim.name.trim() &&
        (c.namespace || '') === claim.namespace.trim(),
    )
  )
    errors.name = 'errorClaimExists';
  if (!claim.source) errors.source = 'errorRequired';
  return errors;
}

export function openManageClaim(shell, app, index) {
  const existing = index >= 0 ? server.app(app.objectId).claims[index] : null;
  const start = existing || { name: '', namespace: '', source: '' };
  return shell.openChildBlade(async (blade) => {
    blade.setTitle(t('manageClaim'), app.displayName);
    blade.setIcon(icon('list'));
    const save = async (claim) => {
      await server.saveClaim(app.objectId, claim, index);
      shell.toast({ title: t('claimSaved'), description: claim.name });
      shell.closeChildBlade(blade);
    };
    if (env.render === 'reactview') {
      blade.content.classList.add('fxs-reactview-content');
      mountReactView(blade.content, {
        view: 'ManageClaim',
        title: t('manageClaim'),
        signal: blade.signal,
        data: {
          claim: start,
          isNew: index < 0,
          attributes: SOURCE_ATTRIBUTES,
          transformations: TRANSFORMATIONS,
          missing: env.missing,
        },
        handlers: {
          validate: async (claim) => claimErrors(server.app(app.objectId).claims, index, claim),
          save: async (claim) => {
            const errors = claimErrors(server.app(app.objectId).claims, index, claim);
            if (errors.name || errors.source) throw new Error(errors.name || errors.source);
            await save({ ...claim, name: claim.name.trim(), namespace: claim.namespace.trim() });
            return true;
          },
        },
      });
      return;
    }
    knockoutForm(shell, app, blade, index, start, save);
  });
}

function knockoutForm(shell, app, blade, index, start, save) {
  const parsed = parseSource(start.source);
  const name = observable(start.name);
  const namespace = observable(start.namespace || '');
  const sourceKind = observable(parsed.kind);
  const attribute = observable(parsed.attribute);
  const transformation = observable(parsed.transformation);
  const saving = observable(false);
  const saveEnabled = observable(false);
  const source = computed(() =>
    sourceKind() === 'attribute'
      ? attribute()
      : attribute()
        ? `${transformation()}(${attribute()})`
        : '',
  );
  const errors = computed(() =>
    claimErrors(server.app(app.objectId).claims, index, {
      name: name(),
      namespace: namespace(),
      source: source(),
    }),
  );
  const dirty = computed(
    () =>
      name() !== start.name || namespace() !== (start.namespace || '') || source() !== start.source,
  );
  const canSave = computed(() => dirty() && !errors().name && !errors().source && !saving());
  let timer = null;
  effect(() => {
    const on = canSave();
    clearTimeout(timer);
    if (!on) saveEnabled(false);
    else timer = setTimeout(() => saveEnabled(canSave.peek()), SAVE_ENABLE_DELAY_MS);
  });

  const attributeOptions = SOURCE_ATTRIBUTES.map((a) => ({ value: a, label: a }));
  const attributeLabel = () =>
    sourceKind() === 'attribute' ? t('sourceAttribute') : t('parameter1');
  const transformationRow = labelledRow(t('transformation'), (labelId) =>
    dropDown({
      options: TRANSFORMATIONS.map((x) => ({ value: x, label: `${x}()` })),
      value: transformation,
      labelledBy: labelId,
    }),
  );
  const attributeRow = labelledRow(attributeLabel, (labelId) =>
    dropDown({
      options: attributeOptions,
      value: attribute,
      labelledBy: labelId,
      placeholder: t('selectAttribute'),
    }),
  );
  const sourceRow = labelledRow(
    t('source'),
    (labelId) =>
      radioGroup({
        value: sourceKind,
        labelledBy: labelId,
        options: [
          { value: 'attribute', label: t('sourceKindAttribute') },
          { value: 'transformation', label: t('sourceKindTransformation') },
        ],
      }),
    'div',
  );

  blade.content.append(
    commandBar([
      {
        label: t('save'),
        icon: 'save',
        telemetry: 'Save',
        missing: isMissing('save'),
        enabled: saveEnabled,
        onClick: async () => {
          if (!saveEnabled.peek()) return;
          saving(true);
          try {
            await save({
              name: name.peek().trim(),
              namespace: namespace.peek().trim(),
              source: source.peek(),
            });
          } catch {
            shell.toast({ title: t('saveFailed'), description: name.peek(), kind: 'error' });
          } finally {
            saving(false);
          }
        },
      },
      {
        label: t('discardChanges'),
        icon: 'close',
        telemetry: 'Discard',
        onClick: () => shell.closeChildBlade(blade),
      },
      { label: t('gotFeedback'), icon: 'feedback', telemetry: 'Feedback' },
    ]),
    h(
      'div',
      { class: 'fxs-part-content msportalfx-form ext-manage-claim' },
      textField({
        label: t('name'),
        required: true,
        value: name,
        error: () => (errors().name && name() !== start.name ? t(errors().name) : ''),
      }),
      textField({ label: t('namespace'), value: namespace }),
      sourceRow,
      attributeRow,
    ),
  );
  // Knockout `if`: the transformation drop-down exists only while Transformation is chosen.
  effect(() => {
    if (sourceKind() === 'transformation') attributeRow.before(transformationRow);
    else transformationRow.remove();
  });
}

/**
 * A label and its control, tied by `aria-labelledby`. `label` is text or a reactive function. Dialect
 * A: a plain `msportalfx-form-formelement`; dialect B: the §12 form element (label in
 * `.azc-form-label` inside `azc-form-labelcontainer`, the control in `azc-formElementSubLabelContainer`).
 */
function labelledRow(label, control, labelTag = 'label') {
  const text = typeof label === 'function' ? label : () => label;
  let row;
  if (dialectB) row = formElement({ label: '', control });
  else {
    const labelId = generatedId();
    row = h(
      'div',
      { class: 'msportalfx-form-formelement' },
      h(labelTag, { class: 'azc-form-label', id: labelId }),
      control(labelId),
    );
  }
  const labelEl = row.querySelector('.azc-form-label');
  effect(() => {
    labelEl.textContent = text();
  });
  return row;
}
