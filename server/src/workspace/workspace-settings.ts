import { LENS_SETTINGS_SECTION, readLensSettingsSection, type LensServerSettings } from 'amplify-lens-model/contracts';
import type { SchemaWorkspaceOptions } from './schema-workspace';

/** One `workspace/configuration` item: a section, for a folder when `scopeUri` is set. */
export interface ConfigurationItem {
  scopeUri?: string;
  section: string;
}

/**
 * The server's one reader of the `amplifyLens` settings, per workspace folder. Editors that can
 * answer `workspace/configuration` are asked for each folder's own values (the pull model: a
 * multi-root workspace may give each folder other schema globs or another transformer version);
 * for the others, what `initializationOptions` or a pushed `didChangeConfiguration` said holds
 * for every folder.
 */
export class WorkspaceSettings {
  private readonly byFolder = new Map<string, LensServerSettings>();

  constructor(
    private readonly folders: readonly string[],
    private fallback: LensServerSettings,
    private readonly folderUri: (folder: string) => string,
  ) {}

  /**
   * Asks the client for every folder's settings, and the window's for files outside every folder.
   * Resolves true when anything changed. A client that fails to answer leaves them as they were.
   */
  async pull(ask: (items: ConfigurationItem[]) => Promise<unknown[]>): Promise<boolean> {
    const items = this.folders.map((folder) => ({ scopeUri: this.folderUri(folder), section: LENS_SETTINGS_SECTION }));
    let answers: unknown[];
    try {
      answers = await ask([...items, { section: LENS_SETTINGS_SECTION }]);
    } catch {
      return false;
    }
    if (!Array.isArray(answers)) return false;
    const before = this.snapshot();
    this.folders.forEach((folder, index) => this.byFolder.set(folder, serverSettingsOf(answers[index])));
    this.fallback = serverSettingsOf(answers[this.folders.length]);
    return this.snapshot() !== before;
  }

  /** Settings pushed by a client that cannot be asked: they hold for every folder. Resolves true when anything changed. */
  applyPushed(section: unknown): boolean {
    if (typeof section !== 'object' || section === null) return false;
    const before = this.snapshot();
    this.fallback = serverSettingsOf(section);
    this.byFolder.clear();
    return this.snapshot() !== before;
  }

  /** The schema workspace's options for a folder: extra globs, and the transformer version the setting forces, if any. */
  schemaOptions(folder: string | undefined): SchemaWorkspaceOptions {
    const settings = folder === undefined ? this.fallback : (this.byFolder.get(folder) ?? this.fallback);
    const forced = settings.transformerVersion === '1' ? 1 : settings.transformerVersion === '2' ? 2 : undefined;
    return { schemaFiles: settings.schemaFiles, ...(forced ? { transformerVersion: forced } : {}) };
  }

  /** Every schema glob some folder (or the window) sets, once each: for the warnings about globs Lens cannot use. */
  allSchemaFileGlobs(): string[] {
    return [...new Set([this.fallback, ...this.byFolder.values()].flatMap((settings) => settings.schemaFiles))];
  }

  private snapshot(): string {
    return JSON.stringify([this.fallback, ...this.folders.map((folder) => this.byFolder.get(folder))]);
  }
}

function serverSettingsOf(section: unknown): LensServerSettings {
  const settings = readLensSettingsSection(section);
  return { schemaFiles: settings.schemaFiles, transformerVersion: settings.transformerVersion };
}
