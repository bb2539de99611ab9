// VS Code entry point: composes the language client and the commands, nothing else.
import type * as vscode from 'vscode';
import { startClient, type RunningClient } from './client';
import { registerCommands } from './commands';

let running: RunningClient | undefined;

/** The API returned to other extensions and to our editor tests: resolves once the server is up. */
export interface ExtensionApi {
  readonly ready: Promise<void>;
}

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  running = startClient(context);
  registerCommands(context, () => running);
  return { ready: running.ready };
}

export async function deactivate(): Promise<void> {
  await running?.client.stop();
  running = undefined;
}
