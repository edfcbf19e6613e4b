// The tenant's "server": what the portal's backing API (main.iam.ad.ext.azure.com, reference §4.9)
// would hold. Kept in this origin's localStorage under `rehearsal-portal`, seeded from the scenario,
// so a reload keeps what was saved. Every call takes a little time, like a network round trip.

import { env, latency } from './env.js';
import { seed, defaultClaims, CERTIFICATE, DIRECTORY } from './scenarios.js';
import { identifierInUse, normalizeSaml, validateSaml } from './saml-rules.js';

const STORAGE_KEY = 'rehearsal-portal';
const VERSION = 1;
const listeners = new Set();

let record = load();

function load() {
  let stored;
  try {
    stored = JSON.parse(localStorage.getItem(STORAGE_KEY));
  } catch {
    stored = null;
  }
  // A URL without `rehearsal-scenario` keeps whatever is stored (the extension may navigate to a bare
  // portal URL); a URL that names another scenario than the stored one starts it afresh.
  const wanted = env.scenarioParam;
  if (stored && stored.version === VERSION && (!wanted || stored.scenario === wanted))
    return stored;
  return persist({ version: VERSION, scenario: wanted || 'fresh', model: seed(wanted || 'fresh') });
}

function persist(next) {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  return next;
}

function commit() {
  persist(record);
  for (const fn of [...listeners]) fn();
}

const copy = (value) => JSON.parse(JSON.stringify(value));

function appRecord(objectId) {
  const app = record.model.apps.find((a) => a.objectId === objectId);
  if (!app) throw new Error(`No application with object ID ${objectId}`);
  return app;
}

function countSave(app, kind) {
  app.saveCount += 1;
  app.saveCounts[kind] += 1;
}

export const server = {
  get scenario() {
    return record.scenario;
  },

  /** Re-seeds from the scenario in the URL (or the stored one when the URL names none). */
  reset() {
    const scenario = env.scenarioParam || record.scenario;
    record = persist({ version: VERSION, scenario, model: seed(scenario) });
    for (const fn of [...listeners]) fn();
  },

  model() {
    return copy(record.model);
  },

  app(objectId) {
    const app = record.model.apps.find((a) => a.objectId === objectId);
    return app ? copy(app) : null;
  },

  directory() {
    return copy(DIRECTORY);
  },

  /** Calls `fn` after every change until `signal` aborts. */
  subscribe(fn, signal) {
    listeners.add(fn);
    signal?.addEventListener('abort', () => listeners.delete(fn));
  },

  /** "Create your own application" (reference §4.3): a new service principal with new GUIDs. */
  async createApp(displayName) {
    await latency(300, 700);
    const app = {
      displayName: displayName.trim(),
      objectId: window.crypto.randomUUID(),
      appId: window.crypto.randomUUID(),
      createdOn: new Date().toISOString().slice(0, 10),
      ssoMode: null,
      saml: { identifiers: [], replyUrls: [], signOnUrl: '', relayState: '', logoutUrl: '' },
      certificate: null,
      claims: defaultClaims(),
      assignments: [],
      saveCount: 0,
      saveCounts: { basicSaml: 0, claims: 0, assignments: 0 },
    };
    record.model.apps.push(app);
    record.model.apps.sort((a, b) => a.displayName.localeCompare(b.displayName));
    commit();
    return copy(app);
  },

  /** POST …/ApplicationSso/{sp}/SingleSignOn (reference §4.9): choosing a tile switches the mode. */
  async setSsoMode(objectId, mode) {
    await latency(150, 400);
    appRecord(objectId).ssoMode = mode;
    commit();
  },

  /** IsValidIdentifierUri (reference §4.9): is this identifier free in the tenant? */
  async identifierAvailable(objectId, value) {
    await latency(150, 350);
    return !identifierInUse(record.model, objectId, value);
  },

  identifierAvailableNow(objectId, value) {
    return !identifierInUse(record.model, objectId, value);
  },

  /**
   * POST …/FederatedSsoConfigV2 (reference §4.9). The first save of a SAML configuration also creates
   * the token signing certificate (the card shows it only after a reload, §4.6/§8).
   */
  async saveBasicSaml(objectId, saml) {
    await latency(400, 700);
    const app = appRecord(objectId);
    const next = normalizeSaml(saml);
    const check = validateSaml(next);
    const taken = next.identifiers.find((i) => identifierInUse(record.model, objectId, i.value));
    if (!check.valid || taken) throw new Error('invalid');
    app.saml = next;
    app.ssoMode = 'saml';
    if (!app.certificate) app.certificate = { ...CERTIFICATE };
    countSave(app, 'basicSaml');
    commit();
    return copy(app);
  },

  /** Saves one claim; `index` is the claim being edited, or -1 for a new one. */
  async saveClaim(objectId, claim, index) {
    await latency(300, 600);
    const app = appRecord(objectId);
    const clash = app.claims.some(
      (c, i) =>
        i !== index && c.name === claim.name && (c.namespace || '') === (claim.namespace || ''),
    );
    if (clash) throw new Error('duplicate');
    const entry = { name: claim.name, namespace: claim.namespace || '', source: claim.source };
    if (index >= 0) app.claims[index] = { ...app.claims[index], ...entry };
    else app.claims.push(entry);
    countSave(app, 'claims');
    commit();
  },

  async deleteClaim(objectId, index) {
    await latency(300, 600);
    const app = appRecord(objectId);
    if (app.claims[index]?.required) throw new Error('required');
    app.claims.splice(index, 1);
    countSave(app, 'claims');
    commit();
  },

  /** "Assign" on Add Assignment (reference §4.8). Already-assigned principals are skipped. */
  async addAssignments(objectId, principals, role) {
    await latency(400, 700);
    const app = appRecord(objectId);
    for (const p of principals) {
      const exists = app.assignments.some(
        (a) => a.principalName === p.displayName && a.role === role,
      );
      if (!exists)
        app.assignments.push({ principalName: p.displayName, principalType: p.type, role });
    }
    countSave(app, 'assignments');
    commit();
  },

  async removeAssignments(objectId, principalNames) {
    await latency(300, 600);
    const app = appRecord(objectId);
    app.assignments = app.assignments.filter((a) => !principalNames.includes(a.principalName));
    countSave(app, 'assignments');
    commit();
  },
};
