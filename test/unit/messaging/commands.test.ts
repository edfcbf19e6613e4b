// Commands from the background to a content script: `onCommands` answers only this extension,
// only a command of the table's shape, and only one this script has a handler for; `sendCommand`
// turns a frame that is gone or silent into null. The browser is a stand-in that keeps the
// listener added and answers sendMessage as each test says.

import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  listeners: [] as ((message: unknown, sender: { id?: string }) => unknown)[],
  sent: [] as { tabId: number; message: unknown; options: unknown }[],
  answer: (): Promise<unknown> => Promise.resolve(undefined),
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'our-extension',
      onMessage: {
        addListener: (listener: (typeof fake.listeners)[number]) => fake.listeners.push(listener),
      },
    },
    tabs: {
      sendMessage: (tabId: number, message: unknown, options: unknown) => {
        fake.sent.push({ tabId, message, options });
        return fake.answer();
      },
    },
  },
}));

const { onCommands, sendCommand } = await import('../../../src/messaging/commands');

beforeEach(() => {
  fake.listeners.length = 0;
  fake.sent.length = 0;
});

describe('onCommands', () => {
  const ours = { id: 'our-extension' };
  const handled = () => {
    const stop = vi.fn((_: { transferId: string }) => Promise.resolve({ accepted: true as const }));
    onCommands({ 'transfer/stop': stop });
    const listener = fake.listeners[0]!;
    return { stop, listener };
  };

  it('hands a command of the right shape from this extension to its handler, and answers', async () => {
    const { stop, listener } = handled();
    const reply = listener({ command: 'transfer/stop', payload: { transferId: 't1' } }, ours);
    await expect(reply).resolves.toEqual({ accepted: true });
    expect(stop).toHaveBeenCalledWith({ transferId: 't1' });
  });

  it('stays silent to another sender, a wrong shape, an unknown command and one without a handler', () => {
    const { stop, listener } = handled();
    const good = { command: 'transfer/stop', payload: { transferId: 't1' } };
    expect(listener(good, { id: 'another-extension' })).toBeUndefined();
    expect(
      listener({ command: 'transfer/stop', payload: { transferId: 1 } }, ours),
    ).toBeUndefined();
    expect(listener({ command: 'portal/status', payload: {} }, ours)).toBeUndefined();
    expect(listener({ command: 'guide/show', payload: {} }, ours)).toBeUndefined();
    expect(stop).not.toHaveBeenCalled();
  });
});

describe('sendCommand', () => {
  it('sends the command to the frame and returns what the content script answered', async () => {
    fake.answer = () => Promise.resolve({ shown: true });
    await expect(sendCommand(7, 'guide/show', {}, { frameId: 0 })).resolves.toEqual({
      shown: true,
    });
    expect(fake.sent).toEqual([
      { tabId: 7, message: { command: 'guide/show', payload: {} }, options: { frameId: 0 } },
    ]);
  });

  it('returns null when no content script answers, or the frame has gone', async () => {
    fake.answer = () => Promise.resolve(undefined);
    await expect(sendCommand(7, 'progress/changed', {}, { frameId: 3 })).resolves.toBeNull();
    fake.answer = () => Promise.reject(new Error('Could not establish connection.'));
    await expect(sendCommand(7, 'progress/changed', {}, { frameId: 3 })).resolves.toBeNull();
  });
});
