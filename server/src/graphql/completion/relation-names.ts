import type { CompletionSite } from './completion-context';
import type { SchemaIndex } from '../syntax/schema-index';
import { stringContent } from '../syntax/schema-tokens';

/**
 * `relationName` values of every `@manyToMany` in the API, with the `Type.field`s using them —
 * read from tokens, so fields of types that do not parse yet count too. The string being typed
 * at the cursor is left out.
 */
export function manyToManyRelationNames(index: SchemaIndex, site: CompletionSite): Map<string, string[]> {
  const uses = new Map<string, string[]>();
  for (const [, outline] of index.allOutlines()) {
    for (const definition of outline.definitions) {
      const { tokens } = definition;
      let fieldName = '';
      const fieldNameIndexes = new Set(definition.fields.map((field) => field.nameIndex));
      for (let i = definition.firstToken; i < definition.endToken; i++) {
        const token = tokens[i];
        if (fieldNameIndexes.has(i)) fieldName = token.text;
        if (token.text !== 'manyToMany' || tokens[i - 1]?.text !== '@' || tokens[i + 1]?.text !== '(') continue;
        for (let j = i + 2; j + 2 < definition.endToken && tokens[j].text !== ')'; j++) {
          const value = tokens[j + 2];
          if (tokens[j].text !== 'relationName' || tokens[j + 1].text !== ':' || value.kind !== 'string') continue;
          // Identical pieces of text share their tokens: the typed token is this definition's only.
          if (definition === site.definition && value === site.typed) continue;
          const name = stringContent(value);
          if (name) uses.set(name, [...(uses.get(name) ?? []), `${definition.name}.${fieldName}`]);
        }
      }
    }
  }
  return uses;
}
