// "Set up Single Sign-On with SAML" (reference §4.5; blade title "<App> | SAML-based Sign-on"). Command
// bar: "Upload metadata file", "Change single sign-on mode", "Test this application". Five numbered
// cards, the first three with a pencil "Edit": Basic SAML Configuration, Attributes & Claims, SAML
// Certificates (§4.7), Set up <App>, Test single sign-on with <App>. Cards 1 and 2 follow saves; the
// certificate card shows what was loaded with the page, so a certificate created by the first Save
// appears only after a reload (§4.6 "After Save", §8).

import { h, activate } from '../dom.js';
import { dialectB, isMissing } from '../env.js';
import { t, formatDate } from '../labels.js';
import { icon } from '../icons.js';
import { observable, effect } from '../ko.js';
import { server } from '../server.js';
import { TENANT } from '../scenarios.js';
import { commandBar } from '../controls/command-bar.js';
import { copyField } from '../controls/copy-field.js';
import { button } from '../controls/button.js';
import { editBasicSaml } from './basic-saml-pane.js';
import { openTestPane } from './test-sso-pane.js';
import { openUploadMetadataPane } from './upload-metadata-pane.js';
import { openClaimsBlade } from './claims-blade.js';
import { openSigningCertificateBlade } from './signing-certificate-blade.js';
import { showPicker } from './sign-on.js';
import {
  federationMetadataUrl,
  downloadFederationMetadata,
  downloadCertificateBase64,
  downloadCertificateRaw,
} from '../file-download.js';

export function render(context) {
  const { app, container, shell, signal, setTitle } = context;
  setTitle(t('samlBasedSignOn'));
  const certificateAtLoad = app.certificate;
  const current = observable(app);
  server.subscribe(() => current(server.app(app.objectId) || current.peek()), signal);

  container.append(
    commandBar([
      {
        label: t('uploadMetadataFile'),
        icon: 'upload',
        telemetry: 'UploadMetadataFile',
        onClick: () => openUploadMetadataPane(shell, app),
      },
      {
        label: t('changeSsoMode'),
        icon: 'switch',
        telemetry: 'ChangeSingleSignOnMode',
        onClick: () => showPicker(context),
      },
      {
        label: t('testThisApplication'),
        icon: 'test',
        telemetry: 'TestApplication',
        onClick: () => openTestPane(shell, current.peek()),
      },
      { label: t('gotFeedback'), icon: 'feedback', telemetry: 'Feedback' },
    ]),
    h(
      'div',
      { class: 'fxs-part-content ext-saml-page' },
      h('h2', { class: 'ext-section-heading' }, t('setUpSsoWithSaml')),
      h('p', { class: 'msportalfx-text-regular' }, t('samlIntro')),
      h('p', { class: 'msportalfx-text-regular' }, t('readConfigurationGuide', app.displayName)),
      card(
        1,
        t('basicSamlConfiguration'),
        isMissing('edit-basic-saml') ? null : () => editBasicSaml(shell, app),
        basicSamlBody(current),
      ),
      card(
        2,
        t('attributesAndClaims'),
        isMissing('edit-claims') ? null : () => openClaimsBlade(shell, app),
        claimsBody(current),
      ),
      card(3, t('samlCertificates'), null, certificatesBody(shell, app, certificateAtLoad)),
      card(4, t('setUpApp', app.displayName), null, setUpBody()),
      card(5, t('testSsoWith', app.displayName), null, testBody(shell, current)),
    ),
  );
}

function editButton(label, onEdit) {
  return activate(
    h(
      'div',
      {
        class: 'ext-saml-card-edit fxs-fxclick',
        role: 'button',
        tabindex: '0',
        title: t('edit'),
        'aria-label': `${t('edit')} ${label}`,
      },
      icon('pencil'),
      h('span', { class: 'ext-saml-card-edit-text' }, t('edit')),
    ),
    onEdit,
  );
}

function card(number, title, onEdit, body) {
  return h(
    // Dialect B: a `div` (reference §12: no public capture shows a `section` in a portal blade).
    dialectB ? 'div' : 'section',
    { class: 'ext-saml-card', role: 'region', 'aria-label': title },
    h('div', { class: 'ext-saml-card-number', 'aria-hidden': 'true' }, String(number)),
    h(
      'div',
      { class: 'ext-saml-card-main' },
      h(
        'div',
        { class: 'ext-saml-card-header' },
        h('h3', { class: 'ext-saml-card-title' }, title),
        onEdit ? editButton(title, onEdit) : null,
      ),
      h('div', { class: 'ext-saml-card-body' }, body),
    ),
  );
}

/** A label/value row; an empty value shows the placeholder word ("Required" / "Optional"). */
function property(label, values, placeholder = '') {
  const list = (Array.isArray(values) ? values : [values]).filter(Boolean);
  return h(
    'div',
    { class: 'ext-saml-property' },
    h('div', { class: 'ext-saml-property-label' }, label),
    h(
      'div',
      { class: 'ext-saml-property-value' },
      list.length
        ? list.map((v) => (v instanceof window.Node ? v : h('div', {}, v)))
        : h('span', { class: 'ext-saml-property-placeholder' }, placeholder),
    ),
  );
}

function reactive(fn) {
  const holder = h('div', { class: 'ext-saml-properties' });
  effect(() => holder.replaceChildren(...fn()));
  return holder;
}

const defaultFirst = (rows) =>
  [...rows].sort((a, b) => Number(b.isDefault) - Number(a.isDefault)).map((r) => r.value);

/** Card 1's read view (§4.5): "Required" for Identifier and Reply URL, "Optional" for the rest. */
function basicSamlBody(current) {
  return reactive(() => {
    const saml = current().saml;
    return [
      property(t('identifierEntityId'), defaultFirst(saml.identifiers), t('required')),
      property(t('replyUrlAcs'), defaultFirst(saml.replyUrls), t('required')),
      property(t('signOnUrl'), saml.signOnUrl, t('optional')),
      property(t('relayStateOptional'), saml.relayState, t('optional')),
      property(t('logoutUrlOptional'), saml.logoutUrl, t('optional')),
    ];
  });
}

/** Card 2 (§4.5): short claim names with their source; "Unique User Identifier" last. */
function claimsBody(current) {
  return reactive(() => {
    const claims = current().claims;
    const nameId = claims.find((c) => c.required);
    return [
      ...claims.filter((c) => !c.required).map((c) => property(c.name, c.source)),
      nameId ? property(t('uniqueUserIdentifier'), nameId.source) : null,
    ].filter(Boolean);
  });
}

/** Card 3 (§4.7): Token signing certificate and Verification certificates. */
function certificatesBody(shell, app, certificate) {
  const download = (label, action, missing = false) => {
    if (missing) return null;
    if (!certificate)
      return h('span', { class: 'ext-download-disabled', 'aria-disabled': 'true' }, t('download'));
    return h(
      'a',
      {
        class: 'fxs-fxclick ext-download-link',
        href: '#',
        'aria-label': `${t('download')} ${label}`,
        on: {
          click: async (event) => {
            event.preventDefault();
            try {
              await action(app);
            } catch {
              shell.toast({ title: t('downloadFailed'), description: label, kind: 'error' });
            }
          },
        },
      },
      t('download'),
    );
  };
  const subsection = (title, onEdit, rows) =>
    h(
      'div',
      { class: 'ext-saml-subsection' },
      h(
        'div',
        { class: 'ext-saml-card-header' },
        h('h4', { class: 'ext-saml-subsection-title' }, title),
        onEdit ? editButton(title, onEdit) : null,
      ),
      rows,
    );
  return [
    subsection(
      t('tokenSigningCertificate'),
      () => openSigningCertificateBlade(shell, app, certificate),
      [
        property(t('status'), certificate ? t('active') : ''),
        property(
          t('thumbprint'),
          certificate ? certificate.thumbprint : t('willBeDisplayedOnSave'),
        ),
        property(t('expiration'), certificate ? formatDate(certificate.expires) : ''),
        property(t('notificationEmail'), TENANT.admin.upn),
        property(
          t('appFederationMetadataUrl'),
          certificate
            ? copyField({
                value: federationMetadataUrl(app),
                ariaLabel: t('appFederationMetadataUrl'),
              })
            : '',
        ),
        property(
          t('certificateBase64'),
          download(t('certificateBase64'), downloadCertificateBase64),
        ),
        property(t('certificateRaw'), download(t('certificateRaw'), downloadCertificateRaw)),
        property(
          t('federationMetadataXml'),
          download(
            t('federationMetadataXml'),
            downloadFederationMetadata,
            isMissing('download-metadata'),
          ),
        ),
        certificate
          ? null
          : h(
              'div',
              { class: 'ext-certificate-notice', role: 'note' },
              icon('info'),
              t('certificateAfterSave'),
            ),
      ],
    ),
    subsection(t('verificationCertificates'), null, [
      property(t('requiredLabel'), t('no')),
      property(t('active'), '0'),
      property(t('expired'), '0'),
    ]),
  ];
}

/** Card 4 (§4.5): what the app needs from Entra, each with a copy button. */
function setUpBody() {
  const field = (label, value) => property(label, copyField({ value, ariaLabel: label }));
  return [
    h('p', {}, t('setUpAppText')),
    field(t('loginUrl'), `https://login.microsoftonline.com/${TENANT.id}/saml2`),
    field(t('entraIdentifier'), `https://sts.windows.net/${TENANT.id}/`),
    field(t('logoutUrl'), `https://login.microsoftonline.com/${TENANT.id}/saml2`),
  ];
}

function testBody(shell, current) {
  return [
    h('p', {}, t('testSsoText')),
    button({ text: t('test'), onClick: () => openTestPane(shell, current.peek()) }),
  ];
}
