// Loads the Java parser for the bundled server and CLI: dist/java-parser.js, built separately so that it is read from
// disk only when a .java file that mentions Kafka's producer classes is analysed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { JavaParserApi } from './service/dialects/java';

export function loadBundledJavaParser(): JavaParserApi {
  const bundled = join(__dirname, 'java-parser.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the point is to load it at run time
  if (existsSync(bundled)) return require(bundled) as JavaParserApi;
  // Run from the compiled sources (tests): the java-parser package itself.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('java-parser') as JavaParserApi;
}
