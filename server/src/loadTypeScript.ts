// Loads the TypeScript compiler API for the bundled server and CLI: dist/typescript.js, built separately so that the
// bundles stay small and the compiler is read from disk only when a file that imports a Kafka client is analysed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { requireWithCodeCache } from './codeCache';
import type { TypeScriptApi } from './service/dialects/typescript';

export function loadBundledTypeScript(): TypeScriptApi {
  const bundled = join(__dirname, 'typescript.js');
  // Compiled once per release and runtime, then read from the code cache (a cold first parse saves ~20 ms).
  if (existsSync(bundled)) return requireWithCodeCache<TypeScriptApi>(bundled).exports;
  // Run from the compiled sources (tests): the typescript package itself.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('typescript') as TypeScriptApi;
}
