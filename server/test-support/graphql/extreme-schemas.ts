/**
 * Schemas with very many findings or symbol occurrences, spread over many small types as a large
 * real schema would be (one huge type is past Lens' definition size bound).
 */

/** `count` findings (a multiple of 100): types whose primary key names 100 sort fields that do not exist. */
export function manyFindings(count: number): string {
  const keys = Array(100).fill('"x"').join(',');
  return Array.from({ length: count / 100 }, (_, t) => `type P${t} @model {\n  id: ID! @primaryKey(sortKeyFields: [${keys}])\n}\n`).join('\n');
}

/**
 * `typeName` declared once and used `count` times (a multiple of 110): types of ten fields, each
 * with ten arguments of that type and that type itself.
 */
export function manyUses(typeName: string, count: number): string {
  const argumentList = 'abcdeghijk'
    .split('')
    .map((name) => `${name}: ${typeName}`)
    .join(' ');
  const field = (i: number) => `  f${i}(${argumentList}): ${typeName}`;
  const types = Array.from({ length: count / 110 }, (_, t) => `type Q${t} {\n${Array.from({ length: 10 }, (_, i) => field(i)).join('\n')}\n}\n`);
  return `type ${typeName} {\n  id: ID!\n}\n\n${types.join('\n')}`;
}
