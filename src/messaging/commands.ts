// Typed commands from the background to a content script (the table is core/commands.ts).
// `sendCommand` is the background's side; `onCommands` a content script's, which takes a command
// only from this extension and only in the shape the table defines.

import browser, { type Runtime } from 'webextension-polyfill';
import {
  commandProblem,
  type Command,
  type CommandName,
  type CommandPayload,
  type CommandResults,
} from '../core/commands';

/**
 * Sends `name` to one frame of a tab. Null when nothing answered: the frame has gone, its content
 * script is not (yet) there, or it does not take this command (then it stays silent).
 */
export async function sendCommand<N extends CommandName>(
  tabId: number,
  name: N,
  payload: CommandPayload<N>,
  { frameId }: { frameId: number },
): Promise<CommandResults[N] | null> {
  // The reply comes from our own content script's handler below, typed by the same table.
  const reply = (await browser.tabs
    .sendMessage(tabId, { command: name, payload }, { frameId })
    .catch(() => null)) as CommandResults[N] | null | undefined;
  return reply ?? null;
}

/**
 * What a content script does on a command: its answer, or undefined when this frame does not take
 * it after all (the sender then gets null, or another frame's answer).
 */
export type CommandHandler<N extends CommandName> = (
  payload: CommandPayload<N>,
) => Promise<CommandResults[N]> | undefined;
export type CommandHandlers = { [N in CommandName]?: CommandHandler<N> };

/** Listens for the commands `handlers` names; any other, or any other sender, gets no answer. */
export function onCommands(handlers: CommandHandlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || commandProblem(message)) return undefined;
    const { command, payload } = message as Command;
    const handler = handlers[command] as CommandHandler<CommandName> | undefined;
    return handler?.(payload);
  });
}
