// Text output in the style of ESLint's "stylish": a block per file, then a one-line total.
import type { ReportedProblem } from '../service/features/report';

const C = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4 } as const;

export interface FileResult {
  readonly path: string;
  readonly dialect: string;
  readonly problems: readonly ReportedProblem[];
}

export function formatText(results: readonly FileResult[], color: boolean, checked: number): string {
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of results) {
    if (r.problems.length === 0) continue;
    lines.push('', paint(C.underline, r.path));
    const rows = r.problems.map((p) => {
      counts[p.severity]++;
      return [`${p.range.start.line + 1}:${p.range.start.character + 1}`, p.severity, p.message, p.rule] as const;
    });
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w1 = Math.max(...rows.map((x) => x[1].length));
    for (const [pos, sev, msg, rule] of rows) {
      const sevColor = sev === 'error' ? C.red : sev === 'warning' ? C.yellow : C.blue;
      lines.push(`  ${paint(C.gray, pos.padEnd(w0))}  ${paint(sevColor, sev.padEnd(w1))}  ${msg}  ${paint(C.gray, rule)}`);
    }
  }
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const parts = [`${counts.error} error${counts.error === 1 ? '' : 's'}`, `${counts.warning} warning${counts.warning === 1 ? '' : 's'}`];
  if (counts.information) parts.push(`${counts.information} information`);
  if (counts.hint) parts.push(`${counts.hint} hint${counts.hint === 1 ? '' : 's'}`);
  lines.push('');
  if (total === 0) lines.push(paint(C.bold, `✔ no problems in ${checked} producer configuration file${checked === 1 ? '' : 's'}`));
  else {
    const mark = counts.error ? paint(C.red, '✖') : paint(C.yellow, '⚠');
    lines.push(`${mark} ${paint(C.bold, `${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')})`)} in ${checked} producer configuration file${checked === 1 ? '' : 's'}`);
  }
  return lines.join('\n') + '\n';
}
