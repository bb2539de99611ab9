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
  /** See `likely`: the last answer overall, and the last answer per folder of the documents asked about. */
  private lastResolved: ServiceSettings = DEFAULT_SETTINGS;
  private readonly byFolder = new Map<string, ServiceSettings>();
  /** Every distinct answer so far (with its JSON), so that equal answers are one object. */
  private readonly distinct: Array<{ readonly json: string; readonly settings: ServiceSettings }> = [];

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
    initializationOptions: unknown,
  ) {
    const init = initializationOptions as { settings?: unknown } | undefined;
    this.global = normalizeSettings(init?.settings ?? initializationOptions, DEFAULT_SETTINGS);
    this.clear();
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
        this.byFolder.set(folderOf(uri), s);
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
   * The answer a document not asked about yet will most likely get: that of the last document asked about in its folder
   * or the nearest folder above (workspace folders of a multi-root workspace can differ), else the last answer (at
   * first, the settings the client passed at initialization). Equal answers are one object, so work done with the
   * likely settings while the client answers (an analysis, cached per settings object) is reused when they were right.
   */
  likely(uri: string): ServiceSettings {
    for (let folder = folderOf(uri); folder; folder = folderOf(folder)) {
      const s = this.byFolder.get(folder);
      if (s) return s;
    }
    return this.lastResolved;
  }

  /** `s`, or the earlier answer equal to it (settings are small: compared as JSON). */
  private intern(s: ServiceSettings): ServiceSettings {
    const json = JSON.stringify(s);
    const same = this.distinct.find((d) => d.json === json);
    if (same) return same.settings;
    // Bounded: a workspace has a handful of distinct settings; past that, equal answers are merely not shared.
    if (this.distinct.length < 32) this.distinct.push({ json, settings: s });
    return s;
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

  /** Forgets every answer; the likely settings are the global ones again. */
  private clear(): void {
    this.byUri.clear();
    this.resolved.clear();
    this.lastResolved = this.withWorkspaceCluster(this.global);
    this.byFolder.clear();
    this.distinct.length = 0;
    this.distinct.push({ json: JSON.stringify(this.lastResolved), settings: this.lastResolved });
  }
}

/** The folder part of a uri (`file:///w/a/b.ts` → `file:///w/a`); empty at the top. */
function folderOf(uri: string): string {
  const slash = uri.lastIndexOf('/');
  return slash > uri.indexOf('//') + 1 ? uri.slice(0, slash) : '';
}
