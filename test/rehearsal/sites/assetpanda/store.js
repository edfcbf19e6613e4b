// The "server": Asset Panda's account state, kept in localStorage so that it survives navigation,
// reloads and new tabs of the same origin. Page code reaches it only through `server` (async, with
// latency, validating like an API); tests reach it through `window.rehearsal` (see app.js).
import { ENABLE_TYPES } from './labels.js';
import {
  domainsError,
  enableTypeError,
  fileError,
  metadataError,
  nameError,
} from './validation.js';
import { delay, latency } from './lib/dom.js';

export const STORAGE_KEY = 'rehearsal-assetpanda';
export const VARIANTS = ['standard', 'no-domain-field', 'existing-connection'];
/**
 * The markup dialect (README "Dialects"): `mui` is the original page; the others are written from
 * the reference (assetpanda-cognito-entra.md §5/§5.1) and the help page's words.
 */
export const DIALECTS = ['mui', 'devextreme', 'devextreme-selectbox', 'plain'];
/** What the non-MUI dialects show: the help page's words, German ones, an unknown gear, or a form
 * whose words are not the help page's. */
export const LOOKS = ['standard', 'german', 'unknown-gear', 'unrecognised'];

export const DEFAULT_USER = {
  name: 'Alex Morgan',
  email: 'alex.morgan@acme.example',
  role: 'Administrator',
};

// The connection the `existing-connection` variant starts with: an admin set SSO up before.
const EXISTING_METADATA = `<?xml version="1.0" encoding="utf-8"?>
<EntityDescriptor ID="_0b5e2c4a-7a51-4c1e-9d0e-5d3b1f2a9c11" entityID="https://sts.windows.net/9f2c1e7b-3d4a-4b8e-a6f1-2c5d8e9b0a13/" xmlns="urn:oasis:names:tc:SAML:2.0:metadata">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/9f2c1e7b-3d4a-4b8e-a6f1-2c5d8e9b0a13/saml2" />
  </IDPSSODescriptor>
</EntityDescriptor>
`;

function existingConnection() {
  const bytes = new TextEncoder().encode(EXISTING_METADATA);
  return {
    id: '6f1d8a52-93c4-4b7e-8f25-0c1e7d94a3b6',
    name: 'Microsoft Entra ID',
    enableType: 'all',
    enableTypeLabel: labelOf('all'),
    domains: [],
    file: {
      name: 'Asset Panda.xml',
      type: 'text/xml',
      size: bytes.length,
      base64: toBase64(bytes),
    },
    createdAt: '2025-03-14T09:30:00.000Z',
  };
}

function labelOf(enableType) {
  return ENABLE_TYPES.find((option) => option.value === enableType)?.label ?? '';
}

export function toBase64(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function clone(value) {
  return JSON.parse(JSON.stringify(value));
}

function checkOptions(options) {
  if (options === null || typeof options !== 'object') throw new TypeError('options: an object');
  const { signedIn, variant, dialect, look } = options;
  if (dialect !== undefined && !DIALECTS.includes(dialect)) {
    throw new TypeError(`dialect: one of ${DIALECTS.join(', ')}`);
  }
  if (look !== undefined && !LOOKS.includes(look)) {
    throw new TypeError(`look: one of ${LOOKS.join(', ')}`);
  }
  if (signedIn !== undefined && typeof signedIn !== 'boolean') {
    throw new TypeError('signedIn: true or false');
  }
  if (variant !== undefined && !VARIANTS.includes(variant)) {
    throw new TypeError(`variant: one of ${VARIANTS.join(', ')}`);
  }
}

function initialState({
  signedIn = true,
  variant = 'standard',
  dialect = 'mui',
  look = 'standard',
} = {}) {
  return {
    variant,
    dialect,
    look,
    signedIn,
    user: signedIn ? { ...DEFAULT_USER } : null,
    connections: variant === 'existing-connection' ? [existingConnection()] : [],
    saveCount: 0,
  };
}

/** The state as stored (a fresh copy each time: there is no in-memory cache to go stale). */
export function read() {
  try {
    const state = JSON.parse(localStorage.getItem(STORAGE_KEY));
    if (state && Array.isArray(state.connections) && VARIANTS.includes(state.variant)) {
      return { dialect: 'mui', look: 'standard', ...state }; // a state stored before dialects
    }
  } catch {
    // unreadable: start over below
  }
  const state = initialState();
  write(state);
  return state;
}

function write(state) {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
}

/** The whole state back to its start, with the given options. */
export function reset(options = {}) {
  checkOptions(options);
  const state = initialState(options);
  write(state);
  return clone(state);
}

/** Changes the variant and/or sign-in without losing saved connections. */
export function configure(options) {
  checkOptions(options);
  const state = read();
  if (options.variant !== undefined) {
    state.variant = options.variant;
    const seeded = existingConnection();
    if (
      options.variant === 'existing-connection' &&
      !state.connections.some((c) => c.id === seeded.id)
    ) {
      state.connections.unshift(seeded);
    }
  }
  if (options.dialect !== undefined) state.dialect = options.dialect;
  if (options.look !== undefined) state.look = options.look;
  if (options.signedIn !== undefined) {
    state.signedIn = options.signedIn;
    state.user = options.signedIn ? (state.user ?? { ...DEFAULT_USER }) : null;
  }
  write(state);
  return clone(state);
}

export function snapshot() {
  return clone(read());
}

/** An error the API reports against one field of the form. */
export class FieldError extends Error {
  constructor(field, message) {
    super(message);
    this.field = field;
  }
}

function nameFromEmail(email) {
  const local = email.split('@')[0] || email;
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join(' ');
}

function signInAs(email) {
  const state = read();
  state.signedIn = true;
  state.user = { name: nameFromEmail(email), email, role: 'Administrator' };
  write(state);
}

export const server = {
  session() {
    const { signedIn, user, variant, dialect, look } = read();
    return { signedIn, user, variant, dialect, look };
  },

  async signIn(email, password) {
    await delay(latency(300, 700));
    if (!email || !password) throw new FieldError('password', 'Incorrect email or password');
    signInAs(email);
  },

  /**
   * The email's domain when an SSO connection covers it (one enabled for all users, or one whose
   * selected domains list it), else null: that user signs in with a password.
   */
  ssoDomain(email) {
    const domain = email.split('@')[1]?.toLowerCase() ?? '';
    const covered = read().connections.some(
      (c) => c.enableType === 'all' || (c.enableType === 'domains' && c.domains.includes(domain)),
    );
    return covered ? domain : null;
  },

  /** Back from Cognito with a code (federation.js): signed in as the user who started. */
  signInFederated(email) {
    signInAs(email);
  },

  signOut() {
    const state = read();
    state.signedIn = false;
    state.user = null;
    write(state);
  },

  async listConnections(signal) {
    await delay(latency(150, 450), signal);
    return clone(read().connections);
  },

  /** input: { enableType, name, domains: string[], file: { name, type, size, bytes } } */
  async createConnection(input) {
    await delay(latency(600, 1200));
    const state = read();
    const domainsShown = input.enableType === 'domains' && state.variant !== 'no-domain-field';
    const domains = domainsShown ? input.domains.map((d) => d.trim().toLowerCase()) : [];
    const checks = [
      ['enableType', enableTypeError(input.enableType)],
      ['name', nameError(input.name, state.connections)],
      ['domains', domainsShown ? domainsError(domains, state.connections) : null],
      ['file', fileError(input.file) ?? metadataError(input.file.bytes)],
    ];
    for (const [field, message] of checks) if (message) throw new FieldError(field, message);

    const connection = {
      id: window.crypto.randomUUID(),
      name: input.name.trim(),
      enableType: input.enableType,
      enableTypeLabel: labelOf(input.enableType),
      domains,
      file: {
        name: input.file.name,
        type: input.file.type,
        size: input.file.size,
        base64: toBase64(input.file.bytes),
      },
      createdAt: new Date().toISOString(),
    };
    state.connections.push(connection);
    state.saveCount += 1;
    write(state);
    return clone(connection);
  },
};
