// Parsed files of one analysis: the document (reparsed incrementally between versions) and the workspace files it
// imports, resolved relative to it and read through the host.
import type * as TS from 'typescript';
import { computeLineStarts } from '../../util/lines';
import { RecentMap } from '../../util/recentMap';
import { changedRegion } from '../../util/textChange';
import { Binder } from './binder';
import type { ModuleResolver } from './evaluate';
import type { CodeHost, TypeScriptApi } from './host';
import type { FileContext } from './values';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
/** Imported files larger than this are not read (generated bundles, data). */
const MAX_IMPORTED_BYTES = 1024 * 1024;

export function scriptKindOf(ts: TypeScriptApi, uri: string): TS.ScriptKind {
  const m = /\.([cm]?[jt]sx?)(?:[?#].*)?$/i.exec(uri);
  switch (m?.[1]?.toLowerCase()) {
    case 'js':
    case 'mjs':
    case 'cjs':
      return ts.ScriptKind.JS;
    case 'jsx':
      return ts.ScriptKind.JSX;
    case 'tsx':
      return ts.ScriptKind.TSX;
    default:
      return ts.ScriptKind.TS;
  }
}

/** The range of `old` that changed into `text` (common prefix and suffix kept), for `ts.updateSourceFile`. */
function changeRange(ts: TypeScriptApi, old: string, text: string): TS.TextChangeRange {
  const { start, oldEnd, newEnd } = changedRegion(old, text);
  return ts.createTextChangeRange(ts.createTextSpan(start, oldEnd - start), newEnd - start);
}

/** Keeps the last parse of each document so that the next version is parsed incrementally. */
export class SourceFileCache {
  private readonly last: RecentMap<string, { text: string; sourceFile: TS.SourceFile }>;

  constructor(
    private readonly ts: TypeScriptApi,
    limit = 64,
  ) {
    this.last = new RecentMap(limit);
  }

  parse(uri: string, text: string): TS.SourceFile {
    const ts = this.ts;
    const prev = this.last.get(uri);
    // updateSourceFile uses up the old tree even when it throws (nesting deep enough to overflow the stack), so the
    // entry goes first: the next version is then parsed afresh instead of failing on the spent tree.
    this.last.delete(uri);
    let sf: TS.SourceFile | undefined;
    if (prev && prev.text === text) sf = prev.sourceFile;
    else if (prev) {
      try {
        sf = ts.updateSourceFile(prev.sourceFile, text, changeRange(ts, prev.text, text));
      } catch (e) {
        // The incremental parser's own assertions (TypeScript bugs): parse the text afresh instead.
        if (e instanceof RangeError) throw e;
      }
    }
    // No parent pointers: the binder's walk sets them (updateSourceFile sets them itself).
    sf ??= createSourceFile(ts, uri, text);
    this.last.set(uri, { text, sourceFile: sf });
    return sf;
  }

  /** The last parse of `uri`, if it is still kept. */
  peek(uri: string): TS.SourceFile | undefined {
    return this.last.get(uri)?.sourceFile;
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }
}

/**
 * TypeScript's parser failed an internal assertion on a text (`@O await` in a .js file: "Debug Failure. False
 * expression."): a compiler bug, not the user's; the document is reported as not analysed instead of failing requests.
 */
export class ParserFailure extends Error {}

/**
 * `JSDocParsingMode.ParseNone` (the trimmed compiler bundle leaves the enum object out): no analysis reads doc comments,
 * and skipping them parses documented code two to three times as fast (a 200 kB file with a doc comment on every
 * declaration: 17 ms → 7 ms). Incremental re-parses keep the mode of the file they update.
 */
const NO_JSDOC = 1 as TS.JSDocParsingMode;

/** A fresh parse; a failure of the compiler's own (not a stack overflow) becomes a ParserFailure. */
export function createSourceFile(ts: TypeScriptApi, uri: string, text: string): TS.SourceFile {
  try {
    return ts.createSourceFile(fileNameOf(uri), text, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: NO_JSDOC }, false, scriptKindOf(ts, uri));
  } catch (e) {
    if (e instanceof RangeError) throw e;
    throw new ParserFailure(e instanceof Error ? e.message : String(e));
  }
}

function fileNameOf(uri: string): string {
  return uri.replace(/[?#].*$/, '');
}

export function fileContext(ts: TypeScriptApi, uri: string, text: string, sourceFile: TS.SourceFile): FileContext {
  return { uri, text, sourceFile, binder: new Binder(ts, sourceFile), lineStarts: computeLineStarts(text) };
}

/** Resolves relative imports to workspace files through the host, parsing each file once per analysis. */
export class Project implements ModuleResolver {
  private readonly files = new Map<string, FileContext | null>();

  constructor(
    private readonly ts: TypeScriptApi,
    private readonly host: CodeHost,
    private readonly cache: SourceFileCache,
  ) {}

  /** The files read for this analysis, with the text they had (to tell later whether the analysis went stale). */
  loaded(): Array<{ uri: string; text: string }> {
    const out: Array<{ uri: string; text: string }> = [];
    for (const f of this.files.values()) if (f) out.push({ uri: f.uri, text: f.text });
    return out;
  }

  resolve(from: FileContext, specifier: string): FileContext | undefined {
    if (!this.host.readFile || !/^\.\.?(\/|$)/.test(specifier)) return undefined;
    let base: URL;
    try {
      base = new URL(specifier, from.uri);
    } catch {
      return undefined;
    }
    const href = base.href.replace(/\/$/, '');
    const candidates: string[] = [];
    const ext = /\.[cm]?[jt]sx?$/i.exec(href)?.[0];
    if (ext) {
      candidates.push(href);
      // TypeScript's ESM style: `./config.js` names `./config.ts`.
      const stem = href.slice(0, -ext.length);
      for (const e of EXTENSIONS) candidates.push(stem + e);
    } else {
      for (const e of EXTENSIONS) candidates.push(href + e);
      for (const e of EXTENSIONS) candidates.push(`${href}/index${e}`);
    }
    for (const uri of candidates) {
      const f = this.load(uri);
      if (f) return f;
    }
    return undefined;
  }

  private load(uri: string): FileContext | undefined {
    const cached = this.files.get(uri);
    if (cached !== undefined) return cached ?? undefined;
    let text: string | undefined;
    try {
      text = this.host.readFile!(uri);
    } catch {
      text = undefined;
    }
    if (text === undefined || text.length > MAX_IMPORTED_BYTES || /\.d\.[cm]?ts$/i.test(uri)) {
      this.files.set(uri, null);
      return undefined;
    }
    let sourceFile: TS.SourceFile;
    try {
      sourceFile = this.cache.parse(uri, text);
    } catch (e) {
      // An imported file the parser fails on is as good as unreadable: its values stay unknown.
      if (!(e instanceof ParserFailure)) throw e;
      this.files.set(uri, null);
      return undefined;
    }
    const ctx = fileContext(this.ts, uri, text, sourceFile);
    this.files.set(uri, ctx);
    return ctx;
  }
}
