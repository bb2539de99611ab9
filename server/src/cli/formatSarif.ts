// SARIF 2.1.0 output for code-scanning tools: rule metadata with help links, one result per problem.
import { RULES } from '../service/rules/registry';
import type { Severity } from '../service/rules/rule';
import type { FileResult } from './formatText';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(results: readonly FileResult[], opts: { version: string; docsBaseUrl: string; toUri: (path: string) => string }): string {
  const rules = RULES.map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: r.meta.description },
    fullDescription: { text: `${r.meta.docs.what} ${r.meta.docs.why}` },
    helpUri: `${opts.docsBaseUrl}${r.id}.md`,
    help: { text: r.meta.docs.fix, markdown: `${r.meta.docs.why}\n\n**Fix:** ${r.meta.docs.fix}` },
    defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
    properties: { category: r.meta.category, tags: [r.meta.category, 'kafka'] },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap((f) =>
    f.problems.map((p) => ({
      ruleId: p.rule,
      ...(index.has(p.rule) ? { ruleIndex: index.get(p.rule)! } : {}),
      level: LEVEL[p.severity],
      message: { text: p.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: opts.toUri(f.path), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: p.range.start.line + 1,
              startColumn: p.range.start.character + 1,
              endLine: p.range.end.line + 1,
              endColumn: p.range.end.character + 1,
            },
          },
        },
      ],
      ...(p.key ? { properties: { key: p.key } } : {}),
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kafka-lint',
            semanticVersion: opts.version,
            version: opts.version,
            informationUri: opts.docsBaseUrl.replace(/blob\/main\/docs\/rules\/$/, ''),
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileUriDir(process.cwd()) } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function pathToFileUriDir(dir: string): string {
  const p = dir.replace(/\\/g, '/');
  return `file://${p.startsWith('/') ? '' : '/'}${p.split('/').map(encodeURIComponent).join('/')}/`;
}
