// Per-resource settings: pulled with workspace/configuration, normalised once, cached until they change.
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, normalizeSettings, type ServiceSettings } from './service';
import type { ClusterFacts } from './service/cluster';
import { SETTINGS_SECTION } from '../../shared/protocol';

export class SettingsStore {
  private readonly byUri = new Map<string, Promise<ServiceSettings>>();
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
    return this.withWorkspaceCluster(settings);
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
  }

  setWorkspaceCluster(facts: ClusterFacts): void {
    this.workspaceCluster = facts;
    this.byUri.clear();
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}
