import { describe, expect, it } from 'vitest';
import { commandProblem } from '../../../src/core/commands';
import { requestProblem } from '../../../src/core/messages';
import { roleOf } from '../../../src/background/sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };

describe('requestProblem', () => {
  it('accepts a well-formed request from an allowed sender', () => {
    expect(requestProblem({ type: 'frame/hello', payload: {} }, 'portal')).toBeNull();
  });
  it.each([
    [null, 'bad-envelope'],
    ['frame/hello', 'bad-envelope'],
    [{ type: 'frame/hello' }, 'bad-shape'],
    [{ type: 'frame/hello', payload: { top: true }, extra: 1 }, 'bad-envelope'],
    [{ type: 'nope', payload: {} }, 'unknown-type'],
    [{ type: '__proto__', payload: {} }, 'unknown-type'],
    [{ type: 'frame/hello', payload: { top: 'yes' } }, 'bad-shape'],
    [{ type: 'frame/hello', payload: { top: true, more: 1 } }, 'bad-shape'],
    [
      {
        type: 'transfer/start',
        payload: { enableType: 'everyone', connectionName: 'x', domains: [] },
      },
      'sender-not-allowed',
    ],
  ])('refuses %j with %s', (message, problem) => {
    expect(requestProblem(message, 'portal')).toBe(problem);
  });
  it('refuses a request with no established sender', () => {
    expect(requestProblem({ type: 'state/get', payload: {} }, null)).toBe('sender-not-allowed');
  });
  it('checks the transfer payload, including its enable type', () => {
    const ok = {
      enableType: 'domains',
      connectionName: 'Microsoft Entra ID',
      domains: ['acme.com'],
      origin: 'https://acme.assetpanda.app',
      captureSha256: 'ab'.repeat(32),
    };
    expect(requestProblem({ type: 'transfer/start', payload: ok }, 'popup')).toBeNull();
    expect(
      requestProblem(
        { type: 'transfer/start', payload: { ...ok, enableType: 'all-users' } },
        'popup',
      ),
    ).toBe('bad-shape');
    expect(
      requestProblem({ type: 'transfer/start', payload: { ...ok, domains: 'acme.com' } }, 'popup'),
    ).toBe('bad-shape');
    const { captureSha256: _, ...unnamed } = ok;
    expect(requestProblem({ type: 'transfer/start', payload: unnamed }, 'popup')).toBe('bad-shape');
  });
});

describe('shape checks (issue 14, part 6)', () => {
  it('a payload with the hasOwnProperty key is refused', () => {
    for (const key of ['hasOwnProperty', 'constructor', 'toString', '__proto__']) {
      const payload = JSON.parse(`{"top": true, "${key}": 1}`);
      expect(requestProblem({ type: 'frame/hello', payload }, 'portal'), key).toBe('bad-shape');
    }
    expect(requestProblem({ type: 'state/get', payload: {}, hasOwnProperty: 1 }, 'popup')).toBe(
      'bad-envelope',
    );
  });

  it('accepts step/observed only for the steps a portal page shows', () => {
    const observed = (step: string) =>
      requestProblem({ type: 'step/observed', payload: { step, state: 'done' } }, 'portal');
    expect(observed('basic-saml')).toBeNull();
    expect(observed('assign-users')).toBeNull();
    for (const step of ['download-metadata', 'send-to-assetpanda', 'test-sign-in'])
      expect(observed(step), step).toBe('bad-shape');
  });
});

describe('commandProblem', () => {
  it('accepts known commands and refuses the rest', () => {
    expect(commandProblem({ command: 'guide/show', payload: {} })).toBeNull();
    expect(commandProblem({ command: 'guide/show', payload: { x: 1 } })).toBe('bad-shape');
    expect(commandProblem({ command: 'eval', payload: {} })).toBe('unknown-command');
  });
});

describe('roleOf', () => {
  it('recognises extension pages by origin and path', () => {
    expect(roleOf({ id: ID, url: `${ORIGIN}src/popup/index.html` }, ID, ORIGIN)).toBe('popup');
    expect(roleOf({ id: ID, url: `${ORIGIN}src/options/index.html` }, ID, ORIGIN)).toBe('options');
    expect(roleOf({ id: ID, url: `${ORIGIN}other.html` }, ID, ORIGIN)).toBeNull();
  });
  it('recognises content scripts by the URL of their frame', () => {
    expect(roleOf({ id: ID, url: 'https://portal.azure.com/#view/x', tab }, ID, ORIGIN)).toBe(
      'portal',
    );
    expect(
      roleOf({ id: ID, url: 'https://sandbox-1.reactblade.portal.azure.net/', tab }, ID, ORIGIN),
    ).toBe('portal');
    expect(roleOf({ id: ID, url: 'https://acme.assetpanda.app/settings', tab }, ID, ORIGIN)).toBe(
      'assetpanda',
    );
  });
  it('refuses another extension, a foreign frame, or a look-alike origin', () => {
    expect(roleOf({ id: 'other', url: `${ORIGIN}src/popup/index.html` }, ID, ORIGIN)).toBeNull();
    expect(roleOf({ id: ID, url: 'https://www.example.com/', tab }, ID, ORIGIN)).toBeNull();
    expect(
      roleOf({ id: ID, url: 'https://assetpanda.app.example.com/', tab }, ID, ORIGIN),
    ).toBeNull();
    expect(roleOf({ id: ID, url: 'https://portal.azure.com/' }, ID, ORIGIN)).toBeNull();
  });
});
