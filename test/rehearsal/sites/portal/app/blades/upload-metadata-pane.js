// "Upload metadata file" (reference §4.5, German "Metadatendatei hochladen"): pick the service
// provider's metadata XML; Add opens the Basic SAML Configuration pane filled from it (entityID →
// Identifier, AssertionConsumerService → Reply URL, SingleLogoutService → Logout Url), unsaved.

import { h, generatedId } from '../dom.js';
import { t } from '../labels.js';
import { observable } from '../ko.js';
import { button } from '../controls/button.js';
import { editBasicSaml } from './basic-saml-pane.js';

function parseServiceProviderMetadata(text) {
  const doc = new window.DOMParser().parseFromString(
    text.replace(/^\uFEFF/, ''),
    'application/xml',
  );
  const entity = doc.getElementsByTagNameNS('*', 'EntityDescriptor')[0];
  const sp = doc.getElementsByTagNameNS('*', 'SPSSODescriptor')[0];
  if (doc.getElementsByTagName('parsererror').length || !entity || !sp) return null;
  const acs = [...sp.getElementsByTagNameNS('*', 'AssertionConsumerService')];
  const logout = sp.getElementsByTagNameNS('*', 'SingleLogoutService')[0];
  return {
    identifiers: [{ value: entity.getAttribute('entityID') || '', isDefault: true }],
    replyUrls: acs.map((a, i) => ({
      value: a.getAttribute('Location') || '',
      index: a.getAttribute('index') === null ? null : Number(a.getAttribute('index')),
      isDefault:
        a.getAttribute('isDefault') === 'true' ||
        (i === 0 && !acs.some((x) => x.getAttribute('isDefault') === 'true')),
    })),
    logoutUrl: logout?.getAttribute('Location') || '',
  };
}

export function openUploadMetadataPane(shell, app) {
  return shell.openPane(
    (pane) => {
      pane.setTitle(t('uploadMetadataFile'));
      const file = observable(null);
      const error = h('div', { class: 'azc-validation-message', role: 'alert', hidden: true });
      const labelId = generatedId();
      const input = h('input', {
        type: 'file',
        class: 'azc-fileUpload-input',
        accept: '.xml,text/xml,application/xml',
        'aria-labelledby': labelId,
        on: { change: () => file(input.files[0] || null) },
      });
      const add = async () => {
        const prefill = parseServiceProviderMetadata(await file.peek().text());
        if (!prefill) {
          error.textContent = t('errorMetadataFile');
          error.hidden = false;
          return;
        }
        shell.closePane(pane);
        editBasicSaml(shell, app, { prefill });
      };
      pane.content.append(
        h(
          'div',
          { class: 'fxs-contextpane-body msportalfx-form' },
          h('label', { class: 'azc-form-label', id: labelId }, t('selectAFile')),
          h('div', { class: 'azc-fileUpload' }, input),
          error,
        ),
        h(
          'div',
          { class: 'fxs-contextpane-footer' },
          button({ text: t('add'), primary: true, enabled: () => Boolean(file()), onClick: add }),
        ),
      );
    },
    { size: 'small' },
  );
}
