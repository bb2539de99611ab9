// Per-resource settings: pulled with workspace/configuration, normalised once, cached until they change.
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, normalizeSettings, type ServiceSettings } from './service';
import type { ClusterFacts } from './service/cluster';
import { SETTINGS_SECTION } from '../../shared/protocol';

export class SettingsStore {
  private readonly byUri = new Map<string, Promise<ServiceSettings>>();
  /** Documents whose settings have arrived. */
  private readonly loaded = new Set<string>();
  /** The settings a document got last. */
  private latest: ServiceSettings | undefined;
  private global: ServiceSettings;
  private workspaceCluster: ClusterFacts = {};

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
    initializationOptions: unknown,
  ) {
    const init = initializationOptions as { settings?: unknown } | undefined;
    this.global = normalizeSettings(init?.settings ?? initializationOptions, DEFAULT_SETTINGS);
  }

  /** Settings for one document. The same object comes back until settings change, so analyses stay cached. */
  get(uri: string): Promise<ServiceSettings> {
    let p = this.byUri.get(uri);
    if (!p) {
      p = this.load(uri);
      this.byUri.set(uri, p);
    }
    return p;
  }

  /** Whether the settings of `uri` are at hand (no request to the client to wait for). */
  known(uri: string): boolean {
    return this.loaded.has(uri);
  }

  /**
   * The settings the last document got: a stand-in for work that depends only on what rarely differs between
   * documents (the file-size limit of the parse) while a new document's own settings are on their way.
   */
  guess(): ServiceSettings {
    return this.latest ?? this.global;
  }

  private async load(uri: string): Promise<ServiceSettings> {
    let settings = this.global;
    if (this.canPull) {
      try {
        const [raw] = await this.connection.workspace.getConfiguration([{ scopeUri: uri, section: SETTINGS_SECTION }]);
        settings = normalizeSettings(raw, DEFAULT_SETTINGS);
      } catch {
        // A client that fails the request still gets an analysis with the defaults.
      }
    }
    const result = this.withWorkspaceCluster(settings);
    // Not if the cache was cleared meanwhile (settings changed while the request was out).
    if (this.byUri.has(uri)) this.loaded.add(uri);
    this.latest = result;
    return result;
  }

  /** Cluster facts found in workspace files fill in whatever the settings leave unknown. */
  private withWorkspaceCluster(s: ServiceSettings): ServiceSettings {
    if (Object.keys(this.workspaceCluster).length === 0) return s;
    return { ...s, cluster: { ...this.workspaceCluster, ...s.cluster } };
  }

  /** After didChangeConfiguration: pushed settings (clients without pull) replace the global ones. */
  changed(pushed: unknown): void {
    if (!this.canPull && pushed && typeof pushed === 'object') {
      const section = (pushed as Record<string, unknown>)[SETTINGS_SECTION];
      this.global = normalizeSettings(section ?? pushed, DEFAULT_SETTINGS);
    }
    this.byUri.clear();
    this.loaded.clear();
  }

  setWorkspaceCluster(facts: ClusterFacts): void {
    this.workspaceCluster = facts;
    this.byUri.clear();
    this.loaded.clear();
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
    this.loaded.delete(uri);
  }
}
