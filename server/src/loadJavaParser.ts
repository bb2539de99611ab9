// Loads the Java parser for the bundled server and CLI: dist/java-parser.js, built separately so that it is read from
// disk only when a .java file that mentions Kafka's producer classes is analysed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { requireWithCodeCache } from './codeCache';
import type { JavaParserApi } from './service/dialects/java';

export function loadBundledJavaParser(): JavaParserApi {
  const bundled = join(__dirname, 'java-parser.js');
  // Compiled once per release and runtime, then read from the code cache (a cold first parse saves ~20 ms).
  if (existsSync(bundled)) return requireWithCodeCache<JavaParserApi>(bundled).exports;
  // Run from the compiled sources (tests): the java-parser package itself.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('java-parser') as JavaParserApi;
}
