import { Kind, type ASTNode } from 'graphql';
import type { AmplifySchemaModel } from '../amplify-schema-model';
import type { QuickFix } from '../../lens-diagnostic';
import type { FieldDirectiveUse, FieldParent, TypeDirectiveUse } from '../schema-directive-index';
import { locateNode } from '../schema-source-map';

export type { FieldDirectiveUse, FieldParent, TypeDirectiveUse } from '../schema-directive-index';

/**
 * Every use of a field directive on object and interface definitions, in schema order. The
 * transformer visits both; type extensions are covered by the model rules (directives there are
 * rejected outright), so they are left out here.
 */
export function fieldDirectiveUses(model: AmplifySchemaModel, name: string): readonly FieldDirectiveUse[] {
  return model.directives.fieldDirectiveUses(name);
}

/** Object type definitions carrying a type-level directive, with each use of it. */
export function typeDirectiveUses(model: AmplifySchemaModel, name: string): readonly TypeDirectiveUse[] {
  return model.directives.typeDirectiveUses(name);
}

export function isModelType(parent: FieldParent): boolean {
  return parent.kind === Kind.OBJECT_TYPE_DEFINITION && (parent.directives ?? []).some((d) => d.name.value === 'model');
}

/** A quick fix replacing one node's text; none when the node is not in a user's file. */
export function replaceNodeFix(title: string, node: ASTNode, newText: string, isPreferred = true): QuickFix[] {
  const location = locateNode(node);
  if (!location) return [];
  return [{ title, isPreferred, edits: [{ uri: location.uri, range: location.range, newText }] }];
}

/** A fix replacing a string literal with another name (`"tittle"` → `"title"`). */
export function renameStringFix(node: ASTNode, suggestion: string | undefined): QuickFix[] {
  return suggestion ? replaceNodeFix(`Change to '${suggestion}'`, node, JSON.stringify(suggestion)) : [];
}

/**
 * The candidate a misspelt name most likely meant: same letters ignoring case, or at most two
 * edits away (one for short names). `undefined` when nothing is close or the choice is ambiguous.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  const limit = name.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
    if (distance > limit) continue;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) {
      tie = true;
    }
  }
  return tie ? undefined : best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

/** Field names written as `'a', 'b'` for messages. */
export function quotedList(names: Iterable<string>): string {
  return [...names].map((name) => `'${name}'`).join(', ');
}

/**
 * What to do about a sort key that names no field. `@model` adds `createdAt`/`updatedAt` to the
 * output only; the key transformers read the declared fields, so those must be declared.
 */
export function missingSortKeyRemedy(name: string, typeName: string): string {
  if (name === 'createdAt' || name === 'updatedAt') {
    return `Fields that @model adds by itself cannot be keys until declared: add '${name}: AWSDateTime!' to ${typeName}.`;
  }
  return `Add the field to ${typeName}, or remove it from sortKeyFields.`;
}
