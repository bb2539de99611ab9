// Per-resource settings: pulled with workspace/configuration, normalised once, cached until they change.
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, normalizeSettings, type ServiceSettings } from './service';
import type { ClusterFacts } from './service/cluster';
import { SETTINGS_SECTION } from '../../shared/protocol';

export class SettingsStore {
  private readonly byUri = new Map<string, Promise<ServiceSettings>>();
  /** The settings of the documents whose request has been answered. */
  private readonly resolved = new Map<string, ServiceSettings>();
  private global: ServiceSettings;
  private workspaceCluster: ClusterFacts = {};
  /** See `likely`. */
  private lastResolved: ServiceSettings;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
    initializationOptions: unknown,
  ) {
    const init = initializationOptions as { settings?: unknown } | undefined;
    this.global = normalizeSettings(init?.settings ?? initializationOptions, DEFAULT_SETTINGS);
    this.lastResolved = this.global;
  }

  /** Settings for one document. The same object comes back until settings change, so analyses stay cached. */
  get(uri: string): Promise<ServiceSettings> {
    let p = this.byUri.get(uri);
    if (!p) {
      const pending: Promise<ServiceSettings> = this.load(uri).then((answer) => {
        // Only if settings did not change while the client answered.
        if (this.byUri.get(uri) !== pending) return answer;
        const s = this.intern(answer);
        this.resolved.set(uri, s);
        this.lastResolved = s;
        return s;
      });
      p = pending;
      this.byUri.set(uri, p);
    }
    return p;
  }

  /** Settings of `uri` when they are already known (no request to the client needed). */
  known(uri: string): ServiceSettings | undefined {
    return this.resolved.get(uri);
  }

  /**
   * The answer a document not asked about yet will most likely get: the settings resolved last (at first, the ones the
   * client passed at initialization). An answer equal to it comes back as this very object, so that work done with it
   * while the client answered (an analysis, cached per settings object) is reused.
   */
  get likely(): ServiceSettings {
    return this.lastResolved;
  }

  /** `s`, or the settings resolved last when equal to them (settings are small: compared as JSON). */
  private intern(s: ServiceSettings): ServiceSettings {
    const last = this.lastResolved;
    return s === last || JSON.stringify(s) === JSON.stringify(last) ? last : s;
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
    this.clear();
  }

  setWorkspaceCluster(facts: ClusterFacts): void {
    this.workspaceCluster = facts;
    this.clear();
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
    this.resolved.delete(uri);
  }

  private clear(): void {
    this.byUri.clear();
    this.resolved.clear();
    this.lastResolved = this.withWorkspaceCluster(this.global);
  }
}
