// Bundles the extension client, the language server and the CLI into dist/ (one file each, CommonJS for Node).
//   node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { chmodSync } from 'node:fs';
import { createRequire } from 'node:module';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  // VS Code's extension host runs Node 20+ (code-server: Node 24); the CLI needs Node 20.
  target: 'node20',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
};

// Cold start of the server (see bench/): `yaml`, needed only for Spring YAML and cluster files, is not part of the
// bundles but dist/yaml.js, loaded on first use; `vscode-languageserver-types` resolves to one copy (its `import` and
// `require` entry points would otherwise both be bundled and run).
const coldStartPlugin = {
  name: 'cold-start',
  setup(build) {
    build.onResolve({ filter: /^vscode-languageserver-types$/ }, (a) =>
      a.kind === 'require-call' ? undefined : build.resolve(a.path, { kind: 'require-call', resolveDir: a.resolveDir }),
    );
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: 'yaml', namespace: 'lazy-yaml' }));
    build.onResolve({ filter: /^\.\/yaml\.js$/, namespace: 'lazy-yaml' }, () => ({ path: './yaml.js', external: true }));
    // Property reads load the real module; the export names are listed so that esbuild's interop can copy them lazily.
    build.onLoad({ filter: /.*/, namespace: 'lazy-yaml' }, () => ({
      contents: `let m; const load = () => (m ??= require('./yaml.js'));
const names = ${JSON.stringify(Object.keys(createRequire(import.meta.url)('yaml')))};
module.exports = new Proxy({}, {
  get: (_, k) => (k === '__esModule' ? false : load()[k]),
  has: (_, k) => names.includes(k),
  ownKeys: () => names,
  getOwnPropertyDescriptor: (_, k) => (names.includes(k) ? { configurable: true, enumerable: true, get: () => load()[k] } : undefined),
});`,
      loader: 'js',
    }));
  },
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The TypeScript compiler is its own bundle (dist/typescript.js), loaded by server and CLI only when a TS/JS file that
  // imports a Kafka client is analysed; `typescript` stays external in them so it is never inlined.
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', external: ['typescript', 'java-parser'], plugins: [coldStartPlugin] },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, external: ['typescript', 'java-parser'], plugins: [coldStartPlugin] },
  { ...common, entryPoints: ['yaml'], outfile: 'dist/yaml.js', sourcemap: false },
  { ...common, entryPoints: [createRequire(import.meta.url).resolve('typescript')], outfile: 'dist/typescript.js', sourcemap: false },
  // The Java parser (java-parser, Chevrotain-based) likewise: dist/java-parser.js, loaded on the first Java file that
  // mentions Kafka's producer classes.
  { ...common, entryPoints: ['server/src/javaParserEntry.ts'], outfile: 'dist/java-parser.js', sourcemap: false },
];

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('watching…');
} else {
  const t = Date.now();
  await Promise.all(builds.map((b) => esbuild.build(b)));
  chmodSync('dist/cli.js', 0o755);
  console.log(`built dist/extension.js, dist/server.js, dist/yaml.js, dist/cli.js, dist/typescript.js, dist/java-parser.js in ${Date.now() - t} ms${production ? ' (production)' : ''}`);
}
