// Turns a Java producer `.properties` document into the shared ConfigDocument model (one scope for the whole file).
import type { ConfigDocument, ConfigEntry } from '../../model/configDocument';
import { RecentMap } from '../../util/recentMap';
import { parseProperties, reparseProperties, type PropertiesFile } from './parser';

export { parseProperties, reparseProperties } from './parser';
export type { PropertiesFile, PropertyEntry, LineEnding } from './parser';
export { printPropertiesFix } from './printer';

/** What printer.ts reads from `ConfigScope.printHints` of a `.properties` scope. */
export interface PropertiesPrintHints {
  readonly separator: string;
  readonly lineEnding: '\n' | '\r\n' | '\r';
  readonly endsWithLineTerminator: boolean;
  readonly danglingContinuation: boolean;
}

export const PROPERTIES_SCOPE_ID = 'file';

/** Every `.properties` entry is written where it is: one shared origin instead of one object per entry. */
const INLINE: ConfigEntry['origin'] = Object.freeze({ kind: 'inline' });

/** Each open document's last parse, so that the next version re-parses only the lines an edit touched. */
export class PropertiesParseCache {
  private readonly last: RecentMap<string, { readonly text: string; readonly file: PropertiesFile }>;

  constructor(limit = 64) {
    this.last = new RecentMap(limit);
  }

  parse(uri: string, text: string): PropertiesFile {
    const prev = this.last.get(uri);
    const file = prev ? reparseProperties(prev.file, prev.text, text) : parseProperties(text);
    this.last.set(uri, { text, file });
    return file;
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}

export function toConfigDocument(uri: string, version: number, text: string, file: PropertiesFile = parseProperties(text)): ConfigDocument {
  const entries: ConfigEntry[] = [];
  for (const e of file.entries) {
    // An empty key is reported as a syntax problem; as an entry it would only produce a second, vaguer finding.
    if (e.rawKey.length === 0) continue;
    entries.push({
      key: e.key,
      rawKey: e.key,
      value: { kind: 'string', value: e.value },
      keySpan: e.keySpan,
      valueSpan: e.valueSpan,
      span: e.span,
      origin: INLINE,
    });
  }
  const printHints: PropertiesPrintHints = {
    separator: file.separatorStyle,
    lineEnding: file.lineEnding,
    endsWithLineTerminator: file.endsWithLineTerminator,
    danglingContinuation: file.danglingContinuation,
  };
  return {
    uri,
    version,
    dialect: 'properties',
    text,
    scopes: [
      {
        id: PROPERTIES_SCOPE_ID,
        client: 'java',
        role: 'producer',
        entries,
        span: { start: 0, end: text.length },
        label: fileName(uri),
        open: false,
        insertOffset: text.length,
        printHints: { ...printHints },
      },
    ],
    comments: file.comments,
    problems: file.problems,
    lineStarts: file.lineStarts,
  };
}

function fileName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1) || path;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
