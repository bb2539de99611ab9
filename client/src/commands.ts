// Commands: apply a safe profile (quick pick with a preview of each change), show the effective configuration.
import * as vscode from 'vscode';
import { EFFECTIVE_CONFIG_REQUEST, PROFILES_REQUEST, type ProfilePreview } from '../../shared/protocol';
import type { RunningClient } from './client';

export function registerCommands(context: vscode.ExtensionContext, running: () => RunningClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('kafkaProducer.applyProfile', (uri?: string, profileId?: string) => applyProfile(running, uri, profileId)),
    vscode.commands.registerCommand('kafkaProducer.showEffectiveConfig', (uri?: string) => showEffectiveConfig(running, uri)),
  );
}

function targetUri(uri: string | vscode.Uri | undefined): string | undefined {
  if (typeof uri === 'string') return uri;
  if (uri instanceof vscode.Uri) return uri.toString();
  return vscode.window.activeTextEditor?.document.uri.toString();
}

async function applyProfile(running: () => RunningClient | undefined, uriArg?: string, profileId?: string): Promise<string[] | undefined> {
  const r = running();
  const uri = targetUri(uriArg);
  if (!r || !uri) return undefined;
  await r.ready;
  const previews = await r.client.sendRequest<ProfilePreview[]>(PROFILES_REQUEST, { uri });
  if (!previews || previews.length === 0) {
    void vscode.window.showInformationMessage('This file holds no Kafka producer configuration.');
    return undefined;
  }
  let chosen = profileId ? previews.find((p) => p.id === profileId) : undefined;
  if (!chosen) {
    const picked = await vscode.window.showQuickPick(
      previews.map((p) => ({
        label: p.title,
        description: p.changes.length === 0 ? 'already satisfied' : `${p.changes.length} change${p.changes.length === 1 ? '' : 's'}`,
        // The preview of each change, as the quick pick's detail line.
        detail: p.changes.length === 0 ? p.description : p.changes.map((c) => `${c.key}: ${c.from ?? '(default)'} → ${c.to}`).join(' · '),
        preview: p,
      })),
      { title: 'Apply a safe Kafka producer profile', placeHolder: 'Each profile is durable (acks=all, idempotence); pick one to see it applied', matchOnDetail: true },
    );
    chosen = picked?.preview;
  }
  if (!chosen) return undefined;
  if (chosen.changes.length === 0) {
    void vscode.window.showInformationMessage(`The configuration already meets the ${chosen.title} profile; nothing changed.`);
    return [];
  }
  const edit = await r.client.protocol2CodeConverter.asWorkspaceEdit(chosen.edit as never);
  const ok = edit ? await vscode.workspace.applyEdit(edit) : false;
  const changed = chosen.changes.map((c) => `${c.key}=${c.to}`);
  if (ok) void vscode.window.showInformationMessage(`Applied the ${chosen.title} profile: ${changed.join(', ')}.`);
  return ok ? changed : undefined;
}

async function showEffectiveConfig(running: () => RunningClient | undefined, uriArg?: string): Promise<void> {
  const r = running();
  const uri = targetUri(uriArg);
  if (!r || !uri) return;
  await r.ready;
  const markdown = await r.client.sendRequest<string | null>(EFFECTIVE_CONFIG_REQUEST, { uri });
  if (!markdown) {
    void vscode.window.showInformationMessage('This file holds no Kafka producer configuration.');
    return;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
}
