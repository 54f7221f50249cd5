/**
 * The transformer v1 counterpart of generate-schema.ts: `models` @model types in the style of a
 * CLI 4.x project — v1 @auth rules, a secondary @key with a query field, a belongs-to and a
 * has-many @connection over keys, an enum — about 20 lines per model, so 500 models make about
 * 10,000 lines. Valid under v1 (the analysis must find nothing but hints).
 */
export function generateV1Schema(models: number): string {
  const parts: string[] = ['enum Visibility {\n  PUBLIC\n  PRIVATE\n}\n'];
  for (let i = 0; i < models; i++) {
    const name = `Entity${i}`;
    const child = `Entity${(i + 1) % models}`;
    const parent = `Entity${(i - 1 + models) % models}`;
    parts.push(`type ${name}
  @model
  @key(name: "by${name}Slug", fields: ["slug", "createdAt"], queryField: "entity${i}BySlug")
  @key(name: "by${name}Parent", fields: ["${lowerFirst(parent)}ID", "createdAt"])
  @auth(rules: [{ allow: owner }, { allow: private, operations: [read] }, { allow: groups, groups: ["Admins"] }]) {
  id: ID!
  title: String!
  slug: String!
  createdAt: AWSDateTime!
  visibility: Visibility
  score: Int
  payload: AWSJSON
  ${lowerFirst(parent)}ID: ID!
  parent: ${parent} @connection(fields: ["${lowerFirst(parent)}ID"])
  children: [${child}] @connection(keyName: "by${child}Parent", fields: ["id"])
  tags: [String]
  contactEmail: AWSEmail
  homepage: AWSURL
}
`);
  }
  return parts.join('\n');
}

function lowerFirst(name: string): string {
  return name[0].toLowerCase() + name.slice(1);
}
