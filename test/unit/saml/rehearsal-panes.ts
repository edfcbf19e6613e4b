// The rehearsal portal's own panes, run in jsdom: the Knockout Basic SAML pane and Manage claim
// blade (top document, inputs bound on input/change, a drop-down that selects on mouseup) and the
// ReactView versions (react-lite's controlled inputs with React's value tracker), each backed by
// the rehearsal's tenant "server". They are the two input models the fill-in must work with; the
// rehearsal modules are plain JavaScript, so they are loaded untyped and described here.

import { vi } from 'vitest';

const PORTAL = '../../rehearsal/sites/portal/app';
const REACTBLADE = '../../rehearsal/sites/reactblade';

export type Scenario = 'existing' | 'half-filled' | 'wrong' | 'correct' | 'no-email-claim';
export type Render = 'knockout' | 'reactview';

interface SamlRow {
  value: string;
  isDefault: boolean;
  index?: number | null;
}
export interface AppState {
  objectId: string;
  displayName: string;
  saml: { identifiers: SamlRow[]; replyUrls: SamlRow[] };
  claims: { name: string; namespace: string; source: string }[];
  saveCounts: { basicSaml: number; claims: number };
}
interface Server {
  model(): { apps: AppState[] };
  app(objectId: string): AppState;
  identifierAvailable(objectId: string, value: string): Promise<boolean>;
  saveBasicSaml(objectId: string, saml: unknown): Promise<AppState>;
  saveClaim(objectId: string, claim: unknown, index: number): Promise<void>;
}
interface Bridge {
  request(type: string, data: never): Promise<unknown>;
}
interface View {
  update(): void;
  render(): unknown;
}
type CreateView = (init: { data: unknown; labels: unknown; bridge: Bridge; ui: unknown }) => View;

export interface Rehearsal {
  /** The Asset Panda app as the tenant "server" holds it now (what Save stored). */
  saved(): AppState;
}

/** Fresh modules (the server seeds from localStorage when loaded) and an empty page. */
async function loadServer(scenario: Scenario) {
  vi.resetModules();
  document.body.replaceChildren();
  const { seed } = await import(`${PORTAL}/scenarios.js` as string);
  localStorage.setItem(
    'rehearsal-portal',
    JSON.stringify({ version: 1, scenario, model: seed(scenario) }),
  );
  const { server } = (await import(`${PORTAL}/server.js` as string)) as { server: Server };
  const app = server.model().apps.find((a) => a.displayName === 'Asset Panda')!;
  return { server, app, saved: () => server.app(app.objectId) };
}

/** A React root in the page, as the ReactView frame mounts one, with the shell's side of the bridge. */
async function mountReactView(
  view: string,
  data: unknown,
  handlers: Record<string, (data: never) => Promise<unknown>>,
): Promise<void> {
  const { createRoot } = await import(`${REACTBLADE}/react-lite.js` as string);
  const { createView } = (await import(`${REACTBLADE}/views/${view}.js` as string)) as {
    createView: CreateView;
  };
  const { allLabels } = await import(`${PORTAL}/labels.js` as string);
  // The dialect-a components kit (Fluent v8), as the frame's bootstrap (view.js) loads it.
  const ui = (await import(`${REACTBLADE}/fluent.js` as string)) as { ROOT_CLASS: string };
  const container = document.createElement('div');
  container.className = ui.ROOT_CLASS;
  document.body.append(container);
  const bridge = { request: (type: string, payload: never) => handlers[type]!(payload) };
  createRoot(container, createView({ data, labels: allLabels(), bridge, ui }));
}

/** Opens the Basic SAML Configuration pane of the scenario's Asset Panda app. */
export async function openBasicSamlPane(scenario: Scenario, render: Render): Promise<Rehearsal> {
  const { server, app, saved } = await loadServer(scenario);
  if (render === 'knockout') {
    const { Shell } = await import(`${PORTAL}/shell.js` as string);
    const { editBasicSaml } = await import(`${PORTAL}/blades/basic-saml-pane.js` as string);
    await editBasicSaml(new Shell(document.body), app);
    return { saved };
  }
  // The shell's handlers of the ReactView pane (portal/app/blades/basic-saml-pane.js).
  const { sameSaml, validateSaml } = await import(`${PORTAL}/saml-rules.js` as string);
  type Saml = AppState['saml'];
  await mountReactView(
    'basic-saml',
    { app, saved: app.saml, prefill: null, missing: [] },
    {
      validate: async (saml: Saml) => {
        const result = validateSaml(saml);
        const free = await Promise.all(
          saml.identifiers.map((r) =>
            r.value.trim() ? server.identifierAvailable(app.objectId, r.value.trim()) : true,
          ),
        );
        result.identifiers = result.identifiers.map((key: string | null, i: number) =>
          free[i] ? key : 'errorIdentifierNotUnique',
        );
        result.valid = result.valid && free.every(Boolean);
        result.dirty = !sameSaml(saml, saved().saml);
        return result;
      },
      save: async (saml: Saml) => (await server.saveBasicSaml(app.objectId, saml)).saml,
    },
  );
  return { saved };
}

/** Opens Manage claim for a new claim ("+ Add new claim") on the scenario's Asset Panda app. */
export async function openNewClaim(scenario: Scenario, render: Render): Promise<Rehearsal> {
  const { server, app, saved } = await loadServer(scenario);
  const { openManageClaim, claimErrors, SOURCE_ATTRIBUTES, TRANSFORMATIONS } = await import(
    `${PORTAL}/blades/manage-claim.js` as string
  );
  if (render === 'knockout') {
    const { Shell } = await import(`${PORTAL}/shell.js` as string);
    const shell = new Shell(document.body);
    // The claims blade Manage claim opens over (its content does not matter here).
    shell.rootBlade = { el: document.createElement('section') };
    await openManageClaim(shell, app, -1);
    return { saved };
  }
  type NewClaim = AppState['claims'][number];
  await mountReactView(
    'manage-claim',
    {
      claim: { name: '', namespace: '', source: '' },
      isNew: true,
      attributes: SOURCE_ATTRIBUTES,
      transformations: TRANSFORMATIONS,
      missing: [],
    },
    {
      validate: async (claim: NewClaim) => claimErrors(saved().claims, -1, claim),
      save: async (claim: NewClaim) => server.saveClaim(app.objectId, claim, -1),
    },
  );
  return { saved };
}
