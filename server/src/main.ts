// Entry point of the bundled language server: picks the transport (--stdio or node IPC) and starts it.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

// createConnection reads --stdio / --node-ipc / --socket from argv, so one bundle serves every client.
const connection = createConnection(ProposedFeatures.all);
startServer(connection);
