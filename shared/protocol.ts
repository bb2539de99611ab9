// Custom LSP messages between the VS Code client and our server (method names prefixed kafkaProducer/).

/** Client → server request: the safe profiles for a document, each with the edit it would make. */
export const PROFILES_REQUEST = 'kafkaProducer/profiles';

export interface ProfilesParams {
  readonly uri: string;
}

export interface ProfileChangeSummary {
  readonly key: string;
  readonly from: string | null;
  readonly to: string | null;
}

export interface ProfilePreview {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** What applying it would change, key by key (empty: the file already satisfies it). */
  readonly changes: readonly ProfileChangeSummary[];
  /** The LSP WorkspaceEdit to apply. */
  readonly edit: unknown;
}

/** Client → server request: the effective configuration of a document, as markdown. */
export const EFFECTIVE_CONFIG_REQUEST = 'kafkaProducer/effectiveConfig';

export interface EffectiveConfigParams {
  readonly uri: string;
}

/** Settings section the server reads with workspace/configuration. */
export const SETTINGS_SECTION = 'kafkaProducer';
