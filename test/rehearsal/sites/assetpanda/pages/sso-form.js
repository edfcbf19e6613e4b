// The "Add new SSO" dialog (Settings > Preferences > Single sign-on (SSO) > Add new SSO).
// Field order, labels and choices follow the help page's steps 10-13: Enable Type, Connection Name,
// (Domains, for "Enable for selected domains"), the metadata XML upload, Save. See README.md for
// the exact DOM.
import { h, useId } from '../lib/dom.js';
import { fileInput } from '../lib/controlled.js';
import { icon } from '../lib/icons.js';
import { ENABLE_TYPES, ERRORS, L, TEXT } from '../labels.js';
import {
  domainsError,
  enableTypeError,
  fileError,
  nameError,
  parseDomains,
} from '../validation.js';
import { FieldError, server } from '../store.js';
import { button, iconButton, spinner } from '../components/buttons.js';
import { openDialog } from '../components/dialog.js';
import { select } from '../components/select.js';
import { textField } from '../components/text-field.js';

const FIELDS = ['enableType', 'name', 'domains', 'file'];

// What each choice means, after the help page's step 10 (wording ours).
const ENABLE_TYPE_HELP = {
  all: 'Everyone in your organization signs in with your identity provider.',
  domains: 'Only people whose email address is in one of the domains below use SSO.',
  disabled: 'SSO is off: people sign in with their Asset Panda password.',
};

export function formatSize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Opens the dialog. `connections()`: the list the page has loaded so far (the server checks again
 * on Save); `onSaved(connection)` after a successful Save.
 */
export function openSsoForm({ variant, connections, onSaved }) {
  const state = {
    enableType: '',
    name: '',
    domains: '',
    file: null, // { name, type, size, bytes: Promise<Uint8Array> }
    touched: {},
    submitted: false,
    saving: false,
    serverErrors: {},
    failure: null,
    dragging: false,
  };
  let closed = false;

  function setState(patch) {
    Object.assign(state, patch);
    render();
  }
  function edit(field, patch) {
    const { [field]: _dropped, ...serverErrors } = state.serverErrors;
    setState({ ...patch, serverErrors, failure: null });
  }
  function touch(field) {
    if (!state.touched[field]) setState({ touched: { ...state.touched, [field]: true } });
  }
  const domainsShown = () => state.enableType === 'domains' && variant !== 'no-domain-field';

  function errors() {
    return {
      enableType: enableTypeError(state.enableType),
      name: nameError(state.name, connections()),
      domains: domainsShown() ? domainsError(parseDomains(state.domains), connections()) : null,
      file: state.file?.readError ?? fileError(state.file),
    };
  }
  function visibleErrors() {
    const found = errors();
    return Object.fromEntries(
      FIELDS.map((field) => [
        field,
        state.serverErrors[field] ??
          (state.touched[field] || state.submitted ? found[field] : null),
      ]),
    );
  }

  // --- fields ---
  const enableTypeField = select({
    label: L.enableType,
    name: 'enableType',
    required: true,
    options: ENABLE_TYPES,
    onChange: (value) => edit('enableType', { enableType: value }),
    onBlur: () => touch('enableType'),
  });
  const nameField = textField({
    label: L.connectionName,
    name: 'connectionName',
    required: true,
    autoComplete: 'off',
    onChange: (value) => edit('name', { name: value }),
    onBlur: () => touch('name'),
  });
  let domainsField = null; // mounted only while shown, as React would

  // --- metadata upload ---
  const fileId = useId();
  const fileHelperId = `${fileId}-helper-text`;
  const fileEl = h('input', {
    type: 'file',
    id: fileId,
    name: 'metadataFile',
    accept: '.xml,text/xml,application/xml',
    tabindex: '-1',
    class: 'visually-hidden',
  });
  fileInput(fileEl, (files) => takeFile(files?.[0]));
  const uploadButton = button(
    { variant: 'outlined', startIcon: 'upload', onClick: () => fileEl.click() },
    L.uploadFile,
  );
  const dropzone = h(
    'div',
    { class: 'dropzone' },
    icon('upload', 'dropzone-icon'),
    h('p', { class: 'dropzone-text' }, TEXT.dropHint),
    uploadButton,
    h('p', { class: 'dropzone-caption muted' }, TEXT.fileHint),
    fileEl,
  );
  dropzone.addEventListener('dragover', (event) => {
    event.preventDefault();
    if (!state.dragging) setState({ dragging: true });
  });
  dropzone.addEventListener('dragleave', () => setState({ dragging: false }));
  dropzone.addEventListener('drop', (event) => {
    event.preventDefault();
    setState({ dragging: false });
    takeFile(event.dataTransfer?.files?.[0]);
  });
  const fileChip = h('div', { class: 'file-chip' });
  const fileHelper = h('p', { class: 'MuiFormHelperText-root Mui-error', id: fileHelperId });
  const fileLabel = h(
    'label',
    { class: 'MuiFormLabel-root upload-label', for: fileId },
    L.metadataFile,
    h('span', { 'aria-hidden': 'true', class: 'MuiFormLabel-asterisk' }, ' *'),
  );
  const uploadRoot = h('div', { class: 'upload-field' }, fileLabel, dropzone, fileChip, fileHelper);

  function takeFile(file) {
    if (!file) return;
    const entry = { name: file.name, type: file.type, size: file.size, readError: null };
    entry.bytes = file.arrayBuffer().then(
      (buffer) => new Uint8Array(buffer),
      () => {
        entry.readError = ERRORS.fileUnreadable;
        if (state.file === entry) render();
        return null;
      },
    );
    edit('file', { file: entry, touched: { ...state.touched, file: true } });
  }
  function removeFile() {
    fileEl.value = '';
    edit('file', { file: null });
    uploadButton.focus();
  }

  // --- actions ---
  const failure = h('div', {
    class: 'MuiPaper-root MuiAlert-root MuiAlert-standardError',
    role: 'alert',
    hidden: true,
  });
  const cancelButton = button({ variant: 'text', onClick: () => requestClose() }, L.cancel);
  const saveButton = button({ variant: 'contained', type: 'submit' }, L.save);
  const fieldsBox = h(
    'div',
    { class: 'MuiDialogContent-root' },
    failure,
    enableTypeField.root,
    nameField.root,
    uploadRoot,
  );
  const form = h(
    'form',
    { novalidate: true, class: 'sso-form', onSubmit: submit },
    fieldsBox,
    h('div', { class: 'MuiDialogActions-root' }, cancelButton, saveButton),
  );

  const dialog = openDialog({
    title: L.addNewSso,
    content: form,
    onClose: () => requestClose(),
  });

  function requestClose() {
    if (state.saving) return;
    close();
  }
  function close() {
    if (closed) return;
    closed = true;
    dialog.close();
  }

  function focusField(field) {
    if (field === 'enableType') enableTypeField.display.focus();
    else if (field === 'name') nameField.input.focus();
    else if (field === 'domains') domainsField?.input.focus();
    else uploadButton.focus();
  }

  async function submit(event) {
    event.preventDefault();
    if (state.saving) return;
    setState({ submitted: true, failure: null });
    const shown = visibleErrors();
    const first = FIELDS.find((field) => shown[field]);
    if (first) {
      focusField(first);
      return;
    }
    setState({ saving: true });
    try {
      const bytes = await state.file.bytes;
      const connection = await server.createConnection({
        enableType: state.enableType,
        name: state.name,
        domains: parseDomains(state.domains),
        file: { name: state.file.name, type: state.file.type, size: state.file.size, bytes },
      });
      if (closed) return;
      close();
      onSaved(connection);
    } catch (error) {
      if (closed) return;
      if (error instanceof FieldError) {
        setState({ saving: false, serverErrors: { [error.field]: error.message } });
        focusField(error.field);
      } else {
        setState({ saving: false, failure: TEXT.saveFailed });
      }
    }
  }

  function render() {
    const shown = visibleErrors();
    enableTypeField.update({
      value: state.enableType,
      error: shown.enableType,
      helperText: ENABLE_TYPE_HELP[state.enableType] ?? '',
    });
    nameField.update({
      value: state.name,
      error: shown.name,
      helperText: TEXT.connectionNameHelp,
    });

    if (domainsShown() && !domainsField) {
      domainsField = textField({
        label: L.domains,
        name: 'domains',
        required: true,
        autoComplete: 'off',
        placeholder: 'acme.com',
        onChange: (value) => edit('domains', { domains: value }),
        onBlur: () => touch('domains'),
      });
      nameField.root.after(domainsField.root);
    } else if (!domainsShown() && domainsField) {
      domainsField.root.remove();
      domainsField = null;
    }
    domainsField?.update({
      value: state.domains,
      error: shown.domains,
      helperText: TEXT.domainsHelp,
    });

    dropzone.classList.toggle('is-dragging', state.dragging);
    dropzone.classList.toggle('Mui-error', Boolean(shown.file));
    fileLabel.classList.toggle('Mui-error', Boolean(shown.file));
    fileHelper.textContent = shown.file ?? '';
    fileHelper.hidden = !shown.file;
    if (shown.file) fileEl.setAttribute('aria-describedby', fileHelperId);
    else fileEl.removeAttribute('aria-describedby');
    fileEl.setAttribute('aria-invalid', String(Boolean(shown.file)));
    fileChip.hidden = !state.file;
    if (renderedFile !== state.file) renderFileChip();

    failure.hidden = !state.failure;
    failure.textContent = state.failure ?? '';
    saveButton.disabled = state.saving;
    cancelButton.disabled = state.saving;
    saveButton.setAttribute('aria-busy', String(state.saving));
    saveButton.replaceChildren(
      ...(state.saving
        ? [spinner({ size: 18, class: 'button-spinner', 'aria-hidden': 'true' }), TEXT.saving]
        : [L.save]),
    );
  }

  // The chip is rebuilt only when the file changes, so that its button keeps focus.
  let renderedFile = null;
  function renderFileChip() {
    renderedFile = state.file;
    fileChip.replaceChildren(
      ...(state.file
        ? [
            icon('file'),
            h('span', { class: 'file-name' }, state.file.name),
            h('span', { class: 'file-size muted' }, formatSize(state.file.size)),
            iconButton({ label: L.removeFile, iconName: 'close', onClick: removeFile }),
          ]
        : []),
    );
  }

  render();
  return { close };
}
