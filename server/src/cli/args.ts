// Command-line arguments of kafka-lint: parsed strictly, with usage errors as messages (exit code 2).
import { normalizeRuleSetting, type RuleSetting } from '../service/settings';
import { normalizeJavaVersion, JAVA_CLIENT_VERSIONS } from '../service/catalog/versions';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CliArgs {
  readonly command: 'lint' | 'catalog' | 'help' | 'version';
  readonly paths: readonly string[];
  readonly format: OutputFormat;
  readonly clientVersion?: string;
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly maxWarnings?: number;
  readonly settingsFile?: string;
  readonly maxFileBytes?: number;
  readonly color: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: kafka-lint [options] <file|dir>...
       kafka-lint catalog [--format json|text] [--client-version X.Y]

Lints Kafka producer configuration: .properties files (directories are walked; only producer
configs are linted).

Options:
  --format text|json|sarif    output format (default: text)
  --client-version X.Y        Kafka Java client version to check against (default: newest, ${JAVA_CLIENT_VERSIONS[JAVA_CLIENT_VERSIONS.length - 1]};
                              supported: ${JAVA_CLIENT_VERSIONS.join(', ')})
  --rule <id>=<severity>      override a rule: off|hint|info|warning|error (repeatable)
  --max-warnings N            exit 1 when there are more than N warnings (default: unlimited)
  --settings FILE.json        settings in the shape of VS Code's "kafkaProducer" section
                              (clientVersion, rules, cluster.minInsyncReplicas, ...)
  --max-file-size BYTES       skip larger files with a notice (default: 4194304)
  --no-color                  plain text output
  -h, --help                  show this help
  -v, --version               show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 problems over the limit,
2 usage error or unreadable input.`;

export function parseArgs(argv: readonly string[], isTty: boolean): CliArgs {
  const paths: string[] = [];
  const rules: Record<string, RuleSetting> = {};
  let format: OutputFormat = 'text';
  let clientVersion: string | undefined;
  let maxWarnings: number | undefined;
  let settingsFile: string | undefined;
  let maxFileBytes: number | undefined;
  let color = isTty && !process.env.NO_COLOR;
  let command: CliArgs['command'] = 'lint';
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i]!;
    let inline: string | undefined;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    if (eq > 0) {
      inline = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const take = () => (inline !== undefined ? inline : value(i++, a));
    switch (a) {
      case '-h':
      case '--help':
        command = 'help';
        break;
      case '-v':
      case '--version':
        command = 'version';
        break;
      case '--format': {
        const f = take();
        if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`--format must be text, json or sarif (got "${f}")`);
        format = f;
        break;
      }
      case '--client-version': {
        const v = take();
        if (!normalizeJavaVersion(v)) throw new UsageError(`--client-version "${v}" is not supported; use one of ${JAVA_CLIENT_VERSIONS.join(', ')}`);
        clientVersion = normalizeJavaVersion(v)!;
        break;
      }
      case '--rule': {
        const r = take();
        const m = /^([a-z0-9-]+)[=:](.+)$/.exec(r);
        const sev = m ? normalizeRuleSetting(m[2]) : undefined;
        if (!m || !sev) throw new UsageError(`--rule takes <id>=<off|hint|info|warning|error> (got "${r}")`);
        rules[m[1]!] = sev;
        break;
      }
      case '--max-warnings': {
        const n = take();
        if (!/^\d+$/.test(n)) throw new UsageError(`--max-warnings takes a whole number (got "${n}")`);
        maxWarnings = Number(n);
        break;
      }
      case '--settings':
        settingsFile = take();
        break;
      case '--max-file-size': {
        const n = take();
        if (!/^\d+$/.test(n) || Number(n) === 0) throw new UsageError(`--max-file-size takes a positive number of bytes (got "${n}")`);
        maxFileBytes = Number(n);
        break;
      }
      case '--no-color':
        color = false;
        break;
      case '--color':
        color = true;
        break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
        if (paths.length === 0 && a === 'catalog' && command === 'lint') command = 'catalog';
        else paths.push(a);
    }
  }
  if (command === 'lint' && paths.length === 0) throw new UsageError('no files or directories given');
  return {
    command,
    paths,
    format,
    ...(clientVersion ? { clientVersion } : {}),
    rules,
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    ...(settingsFile ? { settingsFile } : {}),
    ...(maxFileBytes ? { maxFileBytes } : {}),
    color,
  };
}
