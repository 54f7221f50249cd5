import { configFileKindOf, type ConfigFileKind } from '../config/config-file-kind';
import { completeConfigFile, hoverConfigFile, validateConfigFile, type ConfigServiceOptions } from '../config/config-document-service';
import { checkProject } from '../config/project/check-project';
import { CachedProjectFiles, absolutePathOf, nodeProjectFiles, readTextFile, readTextFileWithReason } from 'amplify-lens-model/files';
import type { LensDiagnostic, Position } from '../lens-diagnostic';
import { fileReadDiagnostic } from '../limits/file-read-diagnostic';
import { findConfigFiles } from './find-config-files';
import type { IndexedProject } from './project-index';
import { pathToUri, uriToPath } from './uri-paths';

/**
 * The server's view of the projects' configuration files: each file checked against its schema,
 * and each project checked as a whole (files that must agree with each other, what git must not
 * hold). Open documents' texts win over the disk everywhere, unsaved edits included.
 */
export class ConfigWorkspace {
  options: ConfigServiceOptions = { jsonSchemaFeatures: true };
  private readonly cachedFiles = new Map<string, CachedProjectFiles>();

  constructor(private readonly openText: (uri: string) => string | undefined) {}

  kindOf(uri: string): ConfigFileKind | undefined {
    return uri.startsWith('file:') ? configFileKindOf(uriToPath(uri)) : undefined;
  }

  /** The config files of a project that Lens checks one by one. */
  async configUris(project: IndexedProject): Promise<string[]> {
    return (await findConfigFiles(project.root)).map((file) => pathToUri(file.path));
  }

  async fileDiagnostics(uri: string): Promise<LensDiagnostic[]> {
    const kind = this.kindOf(uri);
    if (!kind) return [];
    const open = this.openText(uri);
    if (open !== undefined) return validateConfigFile(kind, uri, open, this.options);
    const read = await readTextFileWithReason(uriToPath(uri));
    if (read.ok) return validateConfigFile(kind, uri, read.text, this.options);
    return read.reason === 'missing' ? [] : [fileReadDiagnostic(uri, read)];
  }

  async projectDiagnostics(project: IndexedProject): Promise<LensDiagnostic[]> {
    return checkProject(this.projectFiles(project.root), project.generation);
  }

  /** Forgets remembered reads (a file changed on disk). */
  invalidateFiles(): void {
    for (const files of this.cachedFiles.values()) files.invalidate();
  }

  private projectFiles(root: string): CachedProjectFiles {
    let files = this.cachedFiles.get(root);
    if (!files) {
      const overlay = (path: string) => this.openText(pathToUri(path));
      const inner = nodeProjectFiles(root, overlay);
      files = new CachedProjectFiles(inner, (relativePath) => overlay(absolutePathOf(inner, relativePath)) !== undefined);
      this.cachedFiles.set(root, files);
    }
    return files;
  }

  async complete(uri: string, position: Position) {
    const kind = this.kindOf(uri);
    const text = kind ? await this.textOf(uri) : undefined;
    return kind && text !== undefined ? completeConfigFile(kind, uri, text, position, this.options) : [];
  }

  async hover(uri: string, position: Position) {
    const kind = this.kindOf(uri);
    const text = kind ? await this.textOf(uri) : undefined;
    return kind && text !== undefined ? hoverConfigFile(kind, uri, text, position, this.options) : null;
  }

  private async textOf(uri: string): Promise<string | undefined> {
    const open = this.openText(uri);
    if (open !== undefined) return open;
    return readTextFile(uriToPath(uri));
  }
}
