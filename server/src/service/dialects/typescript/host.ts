// What the code dialect needs from its host: the TypeScript compiler API (loaded on first use) and other files' text.
import type * as TS from 'typescript';

export type TypeScriptApi = typeof TS;

export interface CodeHost {
  /** Loads the TypeScript compiler API (5.x); called once, and only for a file that imports a Kafka client. */
  readonly loadTypeScript: () => TypeScriptApi;
  /**
   * The text of another file of the workspace by uri (open documents first), or `undefined` when it is not
   * available or outside what the host may read. The service itself never touches the file system.
   */
  readonly readFile?: (uri: string) => string | undefined;
}
