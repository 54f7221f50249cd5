import type { CompletionItem, Hover } from 'vscode-languageserver-types';
import { groupByUri } from '../diagnostics-publisher';
import { completeSchema } from '../graphql/completion/complete-schema';
import { hoverSchema } from '../graphql/hover/hover-schema';
import type { LensDiagnostic, Location, Position } from '../lens-diagnostic';
import { LineIndex } from '../graphql/line-index';
import { findDefinition } from '../graphql/navigation/find-definition';
import type { ProjectIndex } from '../workspace/project-index';
import { uriToPath } from '../workspace/uri-paths';
import { builderDefinition, builderHover, completeBuilder, type BuilderDocument } from './features/builder-features';
import { Gen2SchemaService, type Gen2SchemaServiceOptions } from './gen2-schema-service';

const SCRIPT = /\.(?:[cm]?ts|tsx|[cm]?js)$/;

/**
 * The language server's door to Gen 2 TypeScript schemas: which documents are Gen 2 backend
 * files, what to re-check when one changes, their diagnostics by file, and the editing features
 * inside `a.schema({ … })` and inside an inline GraphQL schema. Project code runs only when the
 * client says the workspace is trusted (editors that say nothing are trusted: the user started
 * the server, as they would run `tsc`), and only for documents the user opened or edited —
 * never when the server starts.
 */
export class Gen2SchemaDocuments {
  readonly service: Gen2SchemaService;

  constructor(
    private readonly index: ProjectIndex,
    private readonly openTexts: () => ReadonlyMap<string, string>,
    options: Partial<Gen2SchemaServiceOptions> = {},
  ) {
    this.service = new Gen2SchemaService(index, openTexts, { executeProjectCode: true, ...options });
  }

  /** Whether the editor trusts the workspace (the `workspaceTrusted` initialization option). */
  configure(workspaceTrusted: boolean): void {
    this.service.setExecuteProjectCode(workspaceTrusted);
  }

  /** The user granted trust: schemas may be run from now on. */
  trust(): void {
    this.service.setExecuteProjectCode(true);
  }

  /** Whether `uri` is a script file of a Gen 2 project (resource files and what they import). */
  handles(uri: string): boolean {
    if (!uri.startsWith('file:') || !SCRIPT.test(uri)) return false;
    return this.index.projectOf(uriToPath(uri))?.generation === 2;
  }

  /** `uri` changed: the resource files to check again. */
  changed(uri: string): string[] {
    this.service.invalidate(uri);
    return this.service.resourcesDependingOn(uri);
  }

  /** Resource files the user has open (or one of whose schema files), to check after project-wide changes. */
  openResources(): string[] {
    this.service.invalidateAll();
    const open = [...this.openTexts().keys()];
    return [...new Set(open.flatMap((uri) => this.service.resourcesDependingOn(uri)))];
  }

  async diagnosticsByFile(resourceUri: string): Promise<Map<string, LensDiagnostic[]>> {
    return groupByUri(await this.service.diagnosticsOf(resourceUri));
  }

  async complete(uri: string, position: Position): Promise<CompletionItem[]> {
    const document = await this.document(uri);
    if (!document) return [];
    const inline = this.inlineAnalysis(document, position);
    if (!inline) return completeBuilder(document, position);
    return completeSchema(inline.schema, uri, inline.text.toInner(position)).map((item) => {
      const edit = item.textEdit;
      if (!edit) return item;
      return 'range' in edit
        ? { ...item, textEdit: { ...edit, range: inline.text.rangeToOuter(edit.range) } }
        : { ...item, textEdit: { ...edit, insert: inline.text.rangeToOuter(edit.insert), replace: inline.text.rangeToOuter(edit.replace) } };
    });
  }

  async hover(uri: string, position: Position): Promise<Hover | null> {
    const document = await this.document(uri);
    if (!document) return null;
    const inline = this.inlineAnalysis(document, position);
    if (!inline) return builderHover(document, position);
    const hover = hoverSchema(inline.schema, uri, inline.text.toInner(position));
    return hover?.range ? { ...hover, range: inline.text.rangeToOuter(hover.range) } : hover;
  }

  async definition(uri: string, position: Position): Promise<Location[]> {
    const document = await this.document(uri);
    if (!document) return [];
    const inline = this.inlineAnalysis(document, position);
    if (!inline) return builderDefinition(document, position);
    return findDefinition(inline.schema, uri, inline.text.toInner(position)).map((location) =>
      location.uri === uri ? { ...location, range: inline.text.rangeToOuter(location.range) } : location,
    );
  }

  dispose(): void {
    this.service.dispose();
  }

  private async document(uri: string): Promise<BuilderDocument | undefined> {
    if (!this.handles(uri)) return undefined;
    const result = await this.service.analysisForDocument(uri);
    const text = result?.reading.sources.get(uri);
    return result && text !== undefined ? { uri, text, reading: result.reading, analysis: result.analysis } : undefined;
  }

  /** The inline GraphQL schema's analysis when `position` is inside its template literal. */
  private inlineAnalysis(document: BuilderDocument, position: Position) {
    const inline = document.reading.inlineGraphql;
    const { schema, inlineText } = document.analysis;
    if (!inline || !schema || !inlineText || inline.uri !== document.uri) return undefined;
    const offset = new LineIndex(document.text).offsetAt(position);
    return offset >= inline.contentStart && offset <= inline.contentStart + inline.text.length ? { schema, text: inlineText } : undefined;
  }
}
