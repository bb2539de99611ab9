// The language client: which documents go to the server, over which transport, with which settings.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { execArgv as SERVER_EXEC_ARGV } from '../../shared/serverExecArgv.json';

export interface RunningClient {
  readonly client: LanguageClient;
  readonly ready: Promise<void>;
}

/** Documents the server sees; it decides itself which of them hold producer configuration. */
export const DOCUMENT_SELECTOR: LanguageClientOptions['documentSelector'] = [
  { language: 'kafka-properties' },
  { language: 'properties', pattern: '**/*.properties' },
  // TS/JS files on disk: the server analyses only those that import a Kafka client (a textual test, no parse otherwise).
  { scheme: 'file', language: 'typescript' },
  { scheme: 'file', language: 'typescriptreact' },
  { scheme: 'file', language: 'javascript' },
  { scheme: 'file', language: 'javascriptreact' },
  // Java sources: the server analyses only those that mention Kafka's producer classes (a textual test first).
  { scheme: 'file', language: 'java' },
  // Spring Boot application files, also under the Spring Boot Tools extension's language ids.
  { language: 'yaml', pattern: '**/application*.{yml,yaml}' },
  { language: 'spring-boot-properties-yaml', pattern: '**/application*.{yml,yaml}' },
  { language: 'spring-boot-properties', pattern: '**/application*.properties' },
];

export function startClient(context: vscode.ExtensionContext): RunningClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  // The Node options the server runs with (shared/serverExecArgv.json, also used by bench/ and the protocol tests): a
  // young generation of 2 × 4 MB (the server lets it grow to 2 × 16 MB once it analyses code files, and empties it when
  // idle, hence --expose-gc) and an old generation that grows by 10% over what survived the last full GC, so that the
  // garbage of each re-analysis is collected before it piles up (see bench/README.md, "How the server is started").
  // The server's compiled code is cached in the extension's global storage (server/src/codeCache.ts): later starts
  // skip compiling it. Not when debugging: --nolazy code would replace the cache every other start.
  const codeCache = path.join(context.globalStorageUri.fsPath, 'code-cache');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV], env: { ...process.env, KAFKA_PRODUCER_CODE_CACHE: codeCache } } },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6019'], env: { ...process.env, KAFKA_PRODUCER_CODE_CACHE: 'off' } },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { configurationSection: 'kafkaProducer' },
    // The settings as they are now (a plain copy): the server analyses a newly opened document with them while it asks
    // for that document's own settings, and reuses the analysis when the answer is the same (server/src/settings.ts).
    initializationOptions: { settings: JSON.parse(JSON.stringify(vscode.workspace.getConfiguration('kafkaProducer'))) as unknown },
    outputChannelName: 'Kafka Producer Config',
    diagnosticCollectionName: 'kafka-producer',
  };
  const client = new LanguageClient('kafkaProducer', 'Kafka Producer Config', serverOptions, clientOptions);
  const ready = client.start();
  context.subscriptions.push({ dispose: () => void client.stop() });
  return { client, ready };
}
