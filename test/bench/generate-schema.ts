/**
 * A large, valid, realistic Amplify schema for benchmarks: `models` @model types, each with auth
 * rules, a has-many/belongs-to pair with references, a secondary index and defaults — about 20
 * lines per model, so 500 models make about 10,000 lines.
 */
export function generateSchema(models: number): string {
  const parts: string[] = ['enum Visibility {\n  PUBLIC\n  PRIVATE\n}\n'];
  for (let i = 0; i < models; i++) {
    const name = `Entity${i}`;
    const child = `Entity${(i + 1) % models}`;
    const parent = `Entity${(i - 1 + models) % models}`;
    parts.push(`"""
Entity number ${i}: owned by its creator, readable by signed-in users.
"""
type ${name}
  @model
  @auth(rules: [{ allow: owner }, { allow: private, operations: [read] }, { allow: groups, groups: ["Admins"] }]) {
  id: ID!
  title: String!
  slug: String! @index(name: "by${name}Slug", queryField: "entity${i}BySlug")
  visibility: Visibility @default(value: "PRIVATE")
  score: Int @default(value: "0")
  createdOn: AWSDate
  payload: AWSJSON
  ${lowerFirst(parent)}Id: ID
  ${lowerFirst(parent)}: ${parent} @belongsTo(references: ["${lowerFirst(parent)}Id"])
  children: [${child}] @hasMany(references: ["${lowerFirst(name)}Id"])
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
