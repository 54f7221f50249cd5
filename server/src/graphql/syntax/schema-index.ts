import { appendAll } from '../../collections/append-all';
import { AWS_SCALARS, BUILT_IN_SCALARS } from '../amplify-directive-definitions';
import type { AnalyzedSchema } from '../analyze-schema';
import type { SchemaFile } from '../parse-schema-file';
import { outlineSchema, type OutlineDefinition, type OutlineField, type SchemaOutline } from './schema-outline';

export const STANDARD_SCALARS: readonly string[] = [...BUILT_IN_SCALARS, ...AWS_SCALARS];
const STANDARD_SCALAR_SET = new Set(STANDARD_SCALARS);

export interface IndexedDefinition {
  uri: string;
  outline: SchemaOutline;
  definition: OutlineDefinition;
}

/**
 * The types of every schema file of one API, from lexical outlines, so the type being edited
 * (which may not parse) is known as well as the others.
 */
export class SchemaIndex {
  private readonly outlines = new Map<string, SchemaOutline>();
  private readonly byName = new Map<string, IndexedDefinition>();
  /** Fields of each type name, including `extend type` blocks. */
  private readonly fieldsByName = new Map<string, OutlineField[]>();

  constructor(files: readonly SchemaFile[]) {
    for (const file of files) {
      const outline = fileOutline(file);
      this.outlines.set(file.uri, outline);
      for (const definition of outline.definitions) {
        if (!definition.name) continue;
        if (!definition.isExtension && !this.byName.has(definition.name)) {
          this.byName.set(definition.name, { uri: file.uri, outline, definition });
        }
        const fields = this.fieldsByName.get(definition.name);
        if (fields) appendAll(fields, definition.fields);
        else this.fieldsByName.set(definition.name, [...definition.fields]);
      }
    }
  }

  outlineOf(uri: string): SchemaOutline | undefined {
    return this.outlines.get(uri);
  }

  allOutlines(): Array<[string, SchemaOutline]> {
    return [...this.outlines.entries()];
  }

  /** The (first, non-extension) definitions of the user's named types. */
  definitions(): IndexedDefinition[] {
    return [...this.byName.values()];
  }

  definition(name: string): IndexedDefinition | undefined {
    return this.byName.get(name);
  }

  fieldsOf(typeName: string): OutlineField[] {
    return this.fieldsByName.get(typeName) ?? [];
  }

  /** Built-in, AWS or user scalar, or a user enum: the types a key or an index may use. */
  isScalarOrEnum(typeName: string): boolean {
    if (STANDARD_SCALAR_SET.has(typeName)) return true;
    const keyword = this.byName.get(typeName)?.definition.keyword;
    return keyword === 'scalar' || keyword === 'enum';
  }

  isKeyable(field: OutlineField): boolean {
    return field.typeName !== undefined && !field.isList && this.isScalarOrEnum(field.typeName);
  }

  /** Source text of a type's definition, cut after `maxLines` lines. */
  definitionText(name: string, maxLines = 25): string | undefined {
    const found = this.byName.get(name);
    if (!found) return undefined;
    const lines = found.outline.text.slice(found.definition.start, found.definition.end).split(/\r?\n/);
    return lines.length > maxLines ? [...lines.slice(0, maxLines), '  …'].join('\n') : lines.join('\n');
  }
}

/**
 * The index of an analysis, built once: the server answers every completion and hover request of
 * one document version from the same `AnalyzedSchema`.
 */
const indexes = new WeakMap<AnalyzedSchema, SchemaIndex>();

export function schemaIndexOf(analysis: AnalyzedSchema): SchemaIndex {
  let index = indexes.get(analysis);
  if (!index) {
    index = new SchemaIndex(analysis.files);
    indexes.set(analysis, index);
  }
  return index;
}

/** Outlines by file object: the parse cache hands out the same file object while its text is unchanged. */
const outlinesByFile = new WeakMap<SchemaFile, SchemaOutline>();
/**
 * The latest outline of each file, whose pieces the next version of the file reuses. Bounded, so
 * a long-running server that has seen many files keeps only the recent ones.
 */
const latestByUri = new Map<string, SchemaOutline>();
const LATEST_LIMIT = 64;

export function fileOutline(file: SchemaFile): SchemaOutline {
  const known = outlinesByFile.get(file);
  if (known && known.text === file.text) return known;
  const latest = latestByUri.get(file.uri);
  const outline = latest?.text === file.text ? latest : outlineSchema(file.text, latest);
  outlinesByFile.set(file, outline);
  latestByUri.delete(file.uri); // re-inserted last: the map's order is its recency
  latestByUri.set(file.uri, outline);
  if (latestByUri.size > LATEST_LIMIT) latestByUri.delete(latestByUri.keys().next().value!);
  return outline;
}
