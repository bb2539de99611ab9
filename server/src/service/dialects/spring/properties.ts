// Spring Boot `application*.properties`: the `spring.kafka.*` entries become one producer scope per document section.
import type { ConfigDocument, ConfigScope, SyntaxProblem } from '../../model/configDocument';
import { parseProperties, type PropertyEntry } from '../properties/parser';
import { isSpringKafkaName } from './names';
import { buildSpringScope, distinctLabels, type RawSpringEntry } from './scope';
import { baseName } from '../detect';

/** Offsets at which `#---` / `!---` section separators start (Spring's multi-document properties files). */
export function sectionStarts(text: string, entries: readonly PropertyEntry[] = parseProperties(text).entries): number[] {
  const starts = [0];
  const re = /^[#!]---[ \t]*$/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const at = m.index;
    // A `#---` line that continues the value of the line before it (`acks=\`) is part of that value, not a separator.
    if (!entries.some((e) => e.span.start < at && at < e.span.end)) starts.push(at);
  }
  return starts;
}

/** Whether a `.properties` text has any `spring.kafka.` entry (dispatch decides with it before parsing fully). */
export function hasSpringKafkaKeys(text: string): boolean {
  return /^[ \t\f]*spring\.kafka\./im.test(text) || /^[ \t\f]*spring\.kafka\[/im.test(text);
}

export function parseSpringProperties(uri: string, version: number, text: string): ConfigDocument {
  const file = parseProperties(text);
  const starts = sectionStarts(text, file.entries);
  const sections: Array<{ raws: RawSpringEntry[]; profile?: string }> = starts.map(() => ({ raws: [] }));
  const sectionOf = (offset: number) => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > offset) i--;
    return i;
  };
  for (const e of file.entries) {
    const s = sections[sectionOf(e.span.start)]!;
    if (/^spring\.config\.activate\.on-?profile$/i.test(e.key) || e.key === 'spring.profiles') s.profile = e.value.trim();
    if (!isSpringKafkaName(e.key)) continue;
    s.raws.push({ name: e.key, text: e.value, keySpan: e.keySpan, valueSpan: e.valueSpan, span: e.span });
  }
  const built: Array<{ scope: ConfigScope; section: number }> = [];
  // Only Kafka entries are analysed: syntax problems elsewhere in the application file are not ours to report.
  const kafkaSpans = sections.flatMap((s) => s.raws.map((r) => r.span));
  const problems: SyntaxProblem[] = file.problems.filter((p) => kafkaSpans.some((k) => p.span.start <= k.end && k.start <= p.span.end));
  sections.forEach((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]! : text.length;
    const section = buildSpringScope(s.raws, {
      id: i === 0 ? 'spring' : `spring-${i}`,
      label: `${baseName(uri)}${s.profile ? ` (profile ${s.profile})` : i > 0 ? ` (section ${i + 1})` : ''}`,
      span: { start: starts[i]!, end },
      section: i,
    });
    if (section.scope) built.push({ scope: section.scope, section: i });
    problems.push(...section.problems);
  });
  const scopes = distinctLabels(built, 'section');
  return { uri, version, dialect: 'spring-properties', text, scopes, comments: file.comments, problems, lineStarts: file.lineStarts };
}
