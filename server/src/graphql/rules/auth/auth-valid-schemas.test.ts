import { describe, expect, it } from 'vitest';
import type { AuthProviderName } from '../../api-settings';
import { diagnose } from '../../../../test-support/graphql/diagnose';

const ALL_PROVIDERS = new Set<AuthProviderName>(['apiKey', 'userPools', 'iam', 'oidc', 'function']);

/** Schemas written as the Amplify docs teach them: none may draw a diagnostic. */
const DOCS_SCHEMAS: Record<string, string> = {
  'owner with a custom ownerField': `
type Todo @model @auth(rules: [{ allow: owner, ownerField: "author" }]) {
  id: ID!
  content: String
  author: String
}`,
  'multiple owners in a [String] field': `
type Todo @model @auth(rules: [{ allow: owner }, { allow: owner, ownerField: "editors", operations: [update, read] }]) {
  id: ID!
  content: String
  editors: [String]
}`,
  'static groups combined with owner and public reads': `
type Salary @model @auth(rules: [{ allow: owner }, { allow: groups, groups: ["Admin"] }, { allow: public, operations: [read] }]) {
  id: ID!
  wage: Int
  currency: String
}`,
  'dynamic groups in one field and in a list field': `
type Post @model @auth(rules: [{ allow: groups, groupsField: "group" }]) {
  title: String
  group: String
}
type Document @model @auth(rules: [{ allow: groups, groupsField: "groups" }]) {
  title: String
  groups: [String]
}`,
  'private and public with iam': `
type Todo @model @auth(rules: [{ allow: private, provider: iam }, { allow: public, provider: iam, operations: [read] }]) {
  content: String
}`,
  'custom Lambda authorization': `
type Salary @model @auth(rules: [{ allow: custom }]) {
  id: ID!
  wage: Int
}`,
  'OIDC owner and groups with custom claims': `
type Post @model @auth(rules: [
  { allow: owner, provider: oidc, identityClaim: "user_id" },
  { allow: groups, provider: oidc, groups: ["Editor"], groupClaim: "user_groups" }
]) {
  id: ID!
  title: String
}`,
  'granular read operations': `
type Todo @model @auth(rules: [{ allow: public, operations: [get] }, { allow: private, operations: [list, get, listen] }, { allow: owner }]) {
  content: String
}`,
  'field-level rules on a model': `
type Employee @model @auth(rules: [{ allow: private, operations: [read] }, { allow: owner }]) {
  id: ID!
  name: String!
  email: String
  ssn: String @auth(rules: [{ allow: owner }])
}
type Todo @model @auth(rules: [{ allow: owner }]) {
  content: String
  owner: String @auth(rules: [{ allow: owner, operations: [read, delete] }])
}`,
  'field-level rules with operations on nested fields of a model': `
type Post @model @auth(rules: [{ allow: owner }, { allow: private, operations: [read] }]) {
  id: ID!
  title: String!
  draft: String @auth(rules: [{ allow: owner, operations: [create, update, read] }, { allow: groups, groups: ["Editors"], operations: [read] }])
}`,
  'field-level static rules on non-model and root types': `
type Address {
  street: String @auth(rules: [{ allow: groups, groups: ["Admin"] }])
  city: String
}
type Query {
  echo(msg: String): String @auth(rules: [{ allow: private }, { allow: public, provider: iam }])
}`,
  'a required field readable by every reader': `
type Order @model @auth(rules: [{ allow: owner }, { allow: groups, groups: ["Admin"] }]) {
  id: ID!
  total: Float!
  note: String @auth(rules: [{ allow: groups, groups: ["Admin"] }])
}`,
  'subscriptions off lift the required-field check': `
type Post @model(subscriptions: { level: off }) @auth(rules: [{ allow: owner }]) {
  id: ID!
  title: String!
  secret: String @auth(rules: [{ allow: groups, groups: ["Admin"] }])
}`,
  'Gen 1 sandbox mode': `
input AMPLIFY { globalAuthRule: AuthRule = { allow: public } }
type Todo @model {
  id: ID!
  name: String!
}`,
};

describe('@auth on schemas from the Amplify docs', () => {
  for (const [name, sdl] of Object.entries(DOCS_SCHEMAS)) {
    it(`accepts ${name}`, () => {
      expect(diagnose(sdl)).toEqual([]);
      expect(diagnose(sdl, { authProviders: ALL_PROVIDERS })).toEqual([]);
    });
  }

  it('accepts Gen 2 schemas using identityPool', () => {
    const sdl = `
type Todo @model @auth(rules: [{ allow: private, provider: identityPool }, { allow: public, provider: identityPool, operations: [read] }, { allow: owner }]) {
  content: String
}`;
    expect(diagnose(sdl, { generation: 2, authProviders: ALL_PROVIDERS })).toEqual([]);
  });

  it('leaves transformer v1 schemas alone', () => {
    const sdl = 'type Todo @model @auth(rules: [{ allow: owner, operations: [create, read] }, { allow: owner }]) {\n  id: ID!\n}\n';
    expect(diagnose(sdl, { transformerVersion: 1 }).filter((d) => d.code.startsWith('auth-'))).toEqual([]);
  });
});
