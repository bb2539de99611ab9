// kafka-lint: the command-line linter over the same language service (text, JSON and SARIF output for CI).
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, USAGE, UsageError, type CliArgs } from './cli/args';
import { formatSarif } from './cli/formatSarif';
import { formatText, type FileResult } from './cli/formatText';
import { expandPaths } from './cli/walk';
import { loadBundledTypeScript } from './loadTypeScript';
import { loadBundledJavaParser } from './loadJavaParser';
import { readInside } from './workspaceFiles';
import { createLanguageService, DEFAULT_SETTINGS, normalizeSettings, type ServiceSettings } from './service';
import { exportCatalog } from './service/catalog/catalogExport';
import { NEWEST_JAVA_VERSION } from './service/catalog/versions';
import { problemsOf } from './service/features/report';
import { KAFKA_PROPERTIES_LANGUAGE } from './service/dialects/detect';
import { clusterFileKind, combineClusterFacts, readClusterFile } from './service/cluster/readers';
import type { ClusterFacts } from './service/cluster';
import { basename } from 'node:path';

const VERSION = '0.1.0';

function readSettings(args: CliArgs): ServiceSettings {
  let settings = DEFAULT_SETTINGS;
  if (args.settingsFile) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(args.settingsFile, 'utf8'));
    } catch (e) {
      throw new UsageError(`cannot read settings file ${args.settingsFile}: ${(e as Error).message}`);
    }
    const section = raw && typeof raw === 'object' && 'kafkaProducer' in raw ? (raw as Record<string, unknown>).kafkaProducer : raw;
    settings = normalizeSettings(section, settings);
  }
  return normalizeSettings(
    {
      rules: args.rules,
      ...(args.clientVersion ? { clientVersion: args.clientVersion } : {}),
      ...(args.maxFileBytes ? { maxFileSize: args.maxFileBytes } : {}),
    },
    settings,
  );
}

/** Decodes a file as the editor would (UTF-8), falling back to ISO-8859-1 — what Properties.load(InputStream) reads. */
function decode(buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return buf.toString('latin1');
  }
}

/**
 * Cluster facts (min.insync.replicas, replication factor, message size limit) from broker properties,
 * Strimzi resources and compose files among the linted paths, as the editor reads them from the workspace.
 * Facts given in settings win.
 */
function withClusterFiles(settings: ServiceSettings, paths: readonly string[]): ServiceSettings {
  const found: ClusterFacts[] = [];
  let checked = 0;
  for (const path of paths) {
    const kind = clusterFileKind(basename(path));
    if (!kind) continue;
    try {
      if (statSync(path).size > 1024 * 1024) continue;
      checked++;
      found.push(...readClusterFile(pathToFileURL(resolve(path)).href, decode(readFileSync(path)), relative(process.cwd(), path) || path, kind));
    } catch {
      // An unreadable cluster file only means fewer facts; the producer files are what the user asked about.
    }
  }
  if (found.length === 0) return settings;
  return { ...settings, cluster: { ...combineClusterFacts(found, checked), ...settings.cluster } };
}

/** The directories imports may be read from: each directory argument, and the folder of each file argument. */
function readRoots(paths: readonly string[]): string[] {
  const roots: string[] = [];
  for (const p of paths) {
    try {
      const real = realpathSync(resolve(p));
      roots.push(statSync(real).isDirectory() ? real : dirname(real));
    } catch {
      // Unreadable paths are reported by expandPaths.
    }
  }
  return roots;
}

export function main(argv: readonly string[], out: (s: string) => void, err: (s: string) => void, isTty: boolean): number {
  let args: CliArgs;
  try {
    args = parseArgs(argv, isTty);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`kafka-lint: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (args.command === 'help') {
    out(`${USAGE}\n`);
    return 0;
  }
  if (args.command === 'version') {
    out(`${VERSION}\n`);
    return 0;
  }
  if (args.command === 'catalog') {
    const rows = exportCatalog(args.clientVersion ?? NEWEST_JAVA_VERSION);
    if (args.format === 'json') out(JSON.stringify(rows, null, 2) + '\n');
    else out(rows.map((r) => `${r.name}\t${r.type}\t${r.default ?? '(none)'}\t${r.importance}`).join('\n') + '\n');
    return 0;
  }

  let settings: ServiceSettings;
  try {
    settings = readSettings(args);
  } catch (e) {
    err(`kafka-lint: ${(e as Error).message}\n`);
    return 2;
  }
  const { files, errors } = expandPaths(args.paths);
  settings = withClusterFiles(settings, files.map((f) => f.path));
  // Consts imported by a linted TS/JS file are read from disk, but only below the paths given on the command line.
  const roots = readRoots(args.paths);
  const service = createLanguageService({
    log: (m) => err(`kafka-lint: internal: ${m}\n`),
    cacheSize: 1,
    loadTypeScript: loadBundledTypeScript,
    readFile: (uri) => readInside(uri, roots),
    loadJavaParser: loadBundledJavaParser,
  });
  const results: FileResult[] = [];
  let unreadable = errors.length;
  for (const e of errors) err(`kafka-lint: ${e}\n`);
  for (const { path, explicit } of files) {
    let text: string;
    try {
      const size = statSync(path).size;
      if (size > settings.maxFileBytes) {
        if (explicit || /producer/i.test(path)) {
          results.push({
            path,
            dialect: 'properties',
            problems: [{ rule: 'not-analysed', severity: 'information', message: `Not analysed: the file has ${size} bytes, more than the ${settings.maxFileBytes}-byte limit (--max-file-size).`, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }],
          });
        }
        continue;
      }
      text = decode(readFileSync(path));
    } catch (e) {
      err(`kafka-lint: cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      unreadable++;
      continue;
    }
    const uri = pathToFileURL(resolve(path)).href;
    // A .properties file named on the command line is linted as a producer config whatever its name.
    const languageId = explicit && /\.properties$/i.test(path) ? KAFKA_PROPERTIES_LANGUAGE : undefined;
    const analysis = service.analyze({ uri, version: 1, text, ...(languageId ? { languageId } : {}) }, settings);
    if (!analysis) continue;
    results.push({ path, dialect: analysis.document.dialect, problems: problemsOf(analysis) });
    service.close(uri);
  }

  const counts = { error: 0, warning: 0 };
  for (const r of results) for (const p of r.problems) if (p.severity === 'error' || p.severity === 'warning') counts[p.severity]++;
  if (args.format === 'json') {
    out(
      JSON.stringify(
        { files: results.map((r) => ({ path: r.path, dialect: r.dialect, diagnostics: r.problems.map((p) => ({ rule: p.rule, severity: p.severity, message: p.message, key: p.key ?? null, range: p.range })) })) },
        null,
        2,
      ) + '\n',
    );
  } else if (args.format === 'sarif') {
    out(formatSarif(results, { version: VERSION, docsBaseUrl: settings.docsBaseUrl, toUri: (p) => relative(process.cwd(), resolve(p)).split(sep).map(encodeURIComponent).join('/') }));
  } else if (results.length > 0 || unreadable === 0) {
    out(formatText(results, args.color, results.length));
  }
  if (unreadable > 0) return 2;
  if (counts.error > 0) return 1;
  if (args.maxWarnings !== undefined && counts.warning > args.maxWarnings) {
    if (args.format === 'text') err(`kafka-lint: ${counts.warning} warnings, more than --max-warnings ${args.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

if (require.main === module) {
  let code: number;
  try {
    code = main(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s), !!process.stdout.isTTY);
  } catch (e) {
    process.stderr.write(`kafka-lint: unexpected failure: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    code = 2;
  }
  process.exitCode = code;
}
