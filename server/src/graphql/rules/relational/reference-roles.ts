import type { ObjectTypeDefinitionNode } from 'graphql';
import { findField } from '../../amplify-schema-model';
import type { RuleContext } from '../../rule-context';
import type { NamedEntry } from './relation-argument-checks';
import { isRequired, referencedPrimaryKey, type KeyPart } from './relation-keys';
import type { ModelRelationSite } from './relation-site';
import { keyFieldLine } from './relational-fix-edits';

/** The two models of a references relation: the one whose primary key is referenced, and the one holding the reference fields. */
export interface ReferenceRoles {
  primary: ObjectTypeDefinitionNode;
  holder: ObjectTypeDefinitionNode;
  primaryKey: KeyPart[];
}

export function referenceRoles(site: ModelRelationSite, context: RuleContext): ReferenceRoles {
  const isChild = site.directiveName === 'belongsTo';
  const primary = isChild ? site.relatedModel : site.parentModel;
  return { primary, holder: isChild ? site.parentModel : site.relatedModel, primaryKey: referencedPrimaryKey(context.model, primary) };
}

/**
 * The declaration of a missing reference field: the type of the matching primary key field, and
 * the nullability of the references that exist (they must agree).
 */
export function newReferenceFieldLine(roles: ReferenceRoles, entries: NamedEntry[], index: number): string | undefined {
  const keyType = roles.primaryKey[index]?.typeName;
  if (!keyType) return undefined;
  const required = entries.some((other) => {
    const field = findField(roles.holder, other.name);
    return field !== undefined && isRequired(field);
  });
  return keyFieldLine(entries[index].name, keyType, required);
}
