import type { QuickFix } from '../../lens-diagnostic';
import type { DataSchemaReading } from '../../gen2-source/schema-reading';
import { combinedFix, freeFieldName, identifierBuilder, lowerFirst, modelNamed, type SourceTexts } from './field-insertion';

/**
 * Fixes for a relationship without its counterpart (data-schema SchemaProcessor.ts
 * `getAssociatedConnectionField`: "Unable to find associated relationship definition in Post for
 * Blog.posts: [Post] @hasMany(references: ['blogId'])"): add the `a.belongsTo` on the related
 * model, with the reference fields it needs, typed as the parent's identifier.
 */
export function missingCounterpartFixes(
  reading: DataSchemaReading,
  texts: SourceTexts,
  source: { model: string; field: string; kind: string; related: string; references: string[] },
): QuickFix[] {
  const related = modelNamed(reading, source.related);
  if (!related) return [];
  const references = source.references.map((r) => `'${r}'`).join(', ');
  const referenceArgument = source.references.length === 1 ? references : `[${references}]`;
  if (source.kind === 'hasMany' || source.kind === 'hasOne') {
    const parent = modelNamed(reading, source.model);
    const types = identifierBuilder(parent, texts);
    const missing = source.references.filter((r) => !related.fields.has(r));
    const name = freeFieldName(related, lowerFirst(source.model));
    const snippets = [
      ...missing.map((r) => `${r}: ${types[source.references.indexOf(r)] ?? 'a.id()'}`),
      `${name}: a.belongsTo('${source.model}', ${referenceArgument})`,
    ];
    const fix = combinedFix(`Add '${name}: a.belongsTo('${source.model}', …)' to ${source.related}`, related, snippets, texts, true);
    return fix ? [fix] : [];
  }
  // belongsTo without a parent side: the parent gets a hasMany (or a hasOne).
  const plural = freeFieldName(related, `${lowerFirst(source.model)}s`);
  const single = freeFieldName(related, lowerFirst(source.model));
  return [
    combinedFix(
      `Add '${plural}: a.hasMany('${source.model}', …)' to ${source.related}`,
      related,
      [`${plural}: a.hasMany('${source.model}', ${referenceArgument})`],
      texts,
      true,
    ),
    combinedFix(
      `Add '${single}: a.hasOne('${source.model}', …)' to ${source.related}`,
      related,
      [`${single}: a.hasOne('${source.model}', ${referenceArgument})`],
      texts,
    ),
  ].filter((fix): fix is QuickFix => fix !== undefined);
}

/** "reference field 'blogId' must be defined on Post": add it, typed as the parent's identifier. */
export function missingReferenceFieldFixes(
  reading: DataSchemaReading,
  texts: SourceTexts,
  child: string,
  parent: string,
  reference: string,
  position: number,
): QuickFix[] {
  const model = modelNamed(reading, child);
  if (!model || model.fields.has(reference)) return [];
  const type = identifierBuilder(modelNamed(reading, parent), texts)[position] ?? 'a.id()';
  const fix = combinedFix(`Add '${reference}: ${type}' to ${child}`, model, [`${reference}: ${type}`], texts, true);
  return fix ? [fix] : [];
}
