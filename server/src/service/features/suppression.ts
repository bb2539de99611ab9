// Suppression comments: `kafka-lint-disable-next-line <ids> -- reason` and `kafka-lint-disable-file [ids]`.
import type { ConfigDocument } from '../model/configDocument';
import { lineOf } from '../util/lines';

export interface Suppressions {
  /** Rule ids disabled for the whole file; `'*'` disables every rule. */
  readonly file: ReadonlySet<string>;
  /** Line → rule ids disabled on that line (`'*'` = all). */
  readonly lines: ReadonlyMap<number, ReadonlySet<string>>;
}

const NEXT_LINE = /^\s*kafka-lint-disable-next-line\b(.*)$/;
const FILE = /^\s*kafka-lint-disable-file\b(.*)$/;

/** Rule ids listed after a directive, up to an optional `-- reason`; none listed means every rule. */
function ids(rest: string): Set<string> {
  const list = rest.split('--')[0]!.split(/[\s,]+/).filter(Boolean);
  return new Set(list.length ? list : ['*']);
}

export function readSuppressions(doc: ConfigDocument): Suppressions {
  const file = new Set<string>();
  const lines = new Map<number, Set<string>>();
  for (const c of doc.comments) {
    let m = FILE.exec(c.text);
    if (m) {
      for (const id of ids(m[1]!)) file.add(id);
      continue;
    }
    m = NEXT_LINE.exec(c.text);
    if (m) {
      const target = nextCodeLine(doc, c.line);
      const set = lines.get(target) ?? new Set<string>();
      for (const id of ids(m[1]!)) set.add(id);
      lines.set(target, set);
    }
  }
  return { file, lines };
}

/** The line after `line` that is neither blank nor a comment (a directive may sit above a comment). */
function nextCodeLine(doc: ConfigDocument, line: number): number {
  const commentLines = new Set(doc.comments.map((c) => c.line));
  let l = line + 1;
  while (l < doc.lineStarts.length) {
    const start = doc.lineStarts[l]!;
    const end = l + 1 < doc.lineStarts.length ? doc.lineStarts[l + 1]! : doc.text.length;
    // Blank as Java reads it: spaces, tabs, form feeds (a BOM is a character, and so a line holding one is code).
    if (!commentLines.has(l) && !/^[ \t\f\r\n]*$/.test(doc.text.slice(start, end))) return l;
    l++;
  }
  return line + 1;
}

export function isSuppressed(s: Suppressions, doc: ConfigDocument, ruleId: string, offsets: readonly number[]): boolean {
  if (s.file.has('*') || s.file.has(ruleId)) return true;
  for (const offset of offsets) {
    const set = s.lines.get(lineOf(doc, offset));
    if (set && (set.has('*') || set.has(ruleId))) return true;
  }
  return false;
}
