// Which compression codecs the code registers with kafkajs (`CompressionCodecs[CompressionTypes.LZ4] = …`), in the
// analysed file and the files it imports; kafkajs has only GZIP built in.
import type * as TS from 'typescript';
import { KAFKAJS_COMPRESSION_NAMES } from '../../catalog/kafkajsCatalog';
import type { Evaluator } from './evaluate';
import { isLibrary } from './evaluate';
import type { TypeScriptApi } from './host';
import type { Project } from './project';
import type { FileContext, JsValue } from './values';

const MAX_FILES = 20;

/** The codec names registered (`snappy`, `lz4`, `zstd`), or `undefined` when the registry is touched in a way not followed. */
export function registeredCodecs(ts: TypeScriptApi, root: FileContext, ev: Evaluator, project: Project): string[] | undefined {
  const found = new Set<string>();
  let unknown = false;
  const seen = new Set<string>();
  const queue: Array<{ file: FileContext; depth: number }> = [{ file: root, depth: 0 }];
  const isRegistry = (file: FileContext, e: TS.Expression): boolean => isLibrary(ev.value(file, e), 'kafkajs', 'CompressionCodecs');
  const codecName = (v: JsValue): string | undefined => (v.kind === 'number' ? KAFKAJS_COMPRESSION_NAMES[v.value] : undefined);
  while (queue.length > 0 && seen.size < MAX_FILES) {
    const { file, depth } = queue.shift()!;
    if (seen.has(file.uri)) continue;
    seen.add(file.uri);
    // A file that never mentions the registry cannot register a codec (and costs no walk).
    if (file.text.includes('CompressionCodecs')) {
      const visit = (n: TS.Node): void => {
        if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isElementAccessExpression(n.left) && isRegistry(file, n.left.expression)) {
          const name = codecName(ev.value(file, n.left.argumentExpression));
          if (name) found.add(name);
          else unknown = true;
        } else if (ts.isCallExpression(n) && n.arguments.some((a) => isRegistry(file, a))) {
          // Object.assign(CompressionCodecs, …) or a helper that receives the registry: not followed.
          unknown = true;
        }
        ts.forEachChild(n, visit);
      };
      visit(file.sourceFile);
    }
    if (depth >= 2) continue;
    for (const st of file.sourceFile.statements) {
      const spec =
        ts.isImportDeclaration(st) && ts.isStringLiteralLike(st.moduleSpecifier)
          ? st.moduleSpecifier.text
          : ts.isExportDeclaration(st) && st.moduleSpecifier && ts.isStringLiteralLike(st.moduleSpecifier)
            ? st.moduleSpecifier.text
            : undefined;
      if (!spec || !spec.startsWith('.')) continue;
      const target = project.resolve(file, spec);
      if (target) queue.push({ file: target, depth: depth + 1 });
    }
  }
  return unknown ? undefined : [...found];
}
