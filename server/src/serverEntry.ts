// Entry point of dist/server.js: runs the language server bundle (dist/server-main.js) from the per-user code cache.
import { join } from 'node:path';
import { requireWithCodeCache } from './codeCache';

requireWithCodeCache(join(__dirname, 'server-main.js'));
