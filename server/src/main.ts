// Entry point of the bundled language server: picks the transport (--stdio or node IPC) and starts it.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { holdYoungGeneration } from './heapGrowth';

// createConnection reads --stdio / --node-ipc / --socket from argv, so one bundle serves every client.
const connection = createConnection(ProposedFeatures.all);
// After the transport is up (Node's streams are loaded by then, which makes node:v8 cheap), before any analysis.
holdYoungGeneration();
// A promise nobody awaited that rejects must not end the process (Node's default): the editor would lose every
// feature and restart the server. It is logged instead; the handlers themselves already turn errors into empty answers.
process.on('unhandledRejection', (reason) => {
  connection.console.error(`unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
});
startServer(connection);
