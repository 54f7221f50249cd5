import type { LensDiagnostic, QuickFix } from '../../lens-diagnostic';
import type { SdlSite } from '../mapping/sdl-site';
import type { DataSchemaReading } from '../../gen2-source/schema-reading';
import { missingCounterpartFixes, missingReferenceFieldFixes } from './relationship-fixes';

/**
 * TypeScript fixes for the transformer rules whose SDL fixes would edit generated text: a
 * relationship without its counterpart, a reference field that does not exist. (The SDL rules'
 * own fixes are dropped: their edits point into the SDL, which the user never sees.)
 */
export function sdlDiagnosticFixes(diagnostic: LensDiagnostic, site: SdlSite, reading: DataSchemaReading): QuickFix[] {
  if (!site.typeName || !site.fieldName || !site.directive) return [];
  const field = reading.types.get(site.typeName)?.fields.get(site.fieldName);
  const args = field?.root?.call.args ?? [];
  const related = args[0]?.kind === 'string' ? args[0].value : undefined;
  const referencesArgument = args[1];
  const references =
    referencesArgument?.kind === 'string'
      ? [referencesArgument.value]
      : referencesArgument?.kind === 'array'
        ? referencesArgument.elements.flatMap((e) => (e.kind === 'string' ? [e.value] : []))
        : [];
  if (!related || references.length === 0) return [];
  const kind = site.directive.name;
  if (diagnostic.code === 'relational-unidirectional') {
    return missingCounterpartFixes(reading, reading.sources, { model: site.typeName, field: site.fieldName, kind, related, references });
  }
  if (diagnostic.code === 'relational-unknown-reference-field' && typeof site.directive.path[1] === 'number') {
    const index = site.directive.path[1];
    const child = kind === 'belongsTo' ? site.typeName : related;
    const parent = kind === 'belongsTo' ? related : site.typeName;
    return missingReferenceFieldFixes(reading, reading.sources, child, parent, references[index], index);
  }
  return [];
}
