/**
 * Realistic Amplify schemas, several written carelessly on purpose (cramped, over-spaced,
 * commented in odd places), for the formatter's meaning-preservation and idempotence tests.
 */
export const AMPLIFY_SCHEMAS: Record<string, string> = {
  'gen 1 todo with owner and API key': `# This "input" configures a global authorization rule to enable public access to
# all models in this schema. Learn more about authorization rules here: https://docs.amplify.aws/cli/graphql/authorization-rules
input AMPLIFY { globalAuthRule: AuthRule = { allow: public } } # FOR TESTING ONLY!

type Todo @model @auth(rules: [{allow: owner}, {allow: public, operations: [read]}]) {
  id: ID!
  name: String!
  description: String
  priority: Priority @default(value: "LOW")
}

enum Priority { LOW MEDIUM HIGH }
`,

  'relational blog with references': `type Blog @model {
  id: ID!
  name: String!
  posts: [Post] @hasMany(references: ["blogId"])
}
type Post @model {
  id: ID!
  title: String!
  blogId: ID! @index(name: "byBlog", sortKeyFields: ["title"], queryField: "postsByBlogAndTitle")
  blog: Blog @belongsTo(references: ["blogId"])
  comments: [Comment] @hasMany(references: ["postId"])
}
type Comment @model {
  id: ID!
  postId: ID!
  post: Post @belongsTo(references: ["postId"])
  content: String!
}
`,

  'gen 1 relations with fields, cramped': `type Project @model{id:ID! name:String team:Team@hasOne(fields:["teamID"]) teamID:ID}
type Team @model{id:ID!,name:String!,project:Project@belongsTo(fields:["projectID"]),projectID:ID}
type Post@model{id:ID!,title:String!,tags:[Tag]@manyToMany(relationName:"PostTags")}
type Tag@model{id:ID!,label:String!,posts:[Post]@manyToMany(relationName:"PostTags")}
`,

  'multi-tenant with groups and field auth': `"""
An order placed by a customer.
  Fulfilment staff update the status.
"""
type Order
  @model(subscriptions: { level: on }, timestamps: { createdAt: "placedAt", updatedAt: "changedAt" })
  @auth(rules: [
    # the customer who placed it
    { allow: owner, ownerField: "customer", operations: [create, read] },
    { allow: groups, groupsField: "tenantGroups" },  # the tenant's own admins
    { allow: groups, groups: ["Fulfilment", "Support"], operations: [read, update] },
    { allow: private, provider: iam, operations: [read] }
  ]) {
  customer: String @auth(rules: [{ allow: owner, ownerField: "customer", operations: [read] }, { allow: groups, groups: ["Support"] }])
  tenantGroups: [String]
  orderId: ID! @primaryKey(sortKeyFields: ["placedAt"])
  placedAt: AWSDateTime!
  status: OrderStatus!    @default(value: "PLACED")
  lines: [OrderLine!]!
  note: String @deprecated(reason: "Use notes instead.")
}

type OrderLine {
  sku: String!
  quantity: Int!
  unitPrice: Float
}

enum OrderStatus {
  PLACED
  # payment captured
  PAID
  SHIPPED   # handed to the carrier
  DELIVERED
}
`,

  'custom queries, functions, http and subscriptions': `type Query {
  echo(msg: String): String @function(name: "echofunction-\${env}")
  # Calls an external service.
  weather(city: String!, units: Units = METRIC): Weather @http(method: GET, url: "https://api.example.com/weather/:city?units=\${units}", headers: [{key: "x-api-key", value: "secret"}]) @auth(rules: [{allow: private}])
  searchPosts(filter: SearchablePostFilterInput, limit: Int, nextToken: String): [Post] @aws_cognito_user_pools @aws_api_key
}

type Mutation {
  publish(postId: ID!, at: AWSDateTime): Post @function(name: "publisher-\${env}") @function(name: "notifier-\${env}", invocationType: Event)
}

type Subscription {
  onPublish(postId: ID): Post @aws_subscribe(mutations: ["publish"])
}

type Post @model @searchable { id: ID! title: String! views: Int @default(value: "0") }

type Weather { temperature: Float description: String }

enum Units { METRIC IMPERIAL }

input SearchablePostFilterInput { title: String and: [SearchablePostFilterInput] or: [SearchablePostFilterInput] }
`,

  'transformer v1 keys and connections': `type Customer @model @key(fields: ["email"]) @key(name: "byRepresentative", fields: ["accountRepresentativeID", "email"], queryField: "customersByRepresentative") {
  email: String!
  name: String
  accountRepresentativeID: ID!
  orders: [Order] @connection(keyName: "byCustomer", fields: ["email"])
}

type Order @model @key(name: "byCustomer", fields: ["customerEmail", "createdAt"]) @versioned {
  id: ID!
  customerEmail: String!
  createdAt: String!
}
`,

  'interfaces, unions, sql and a schema definition': `schema {
  query: RootQuery
  mutation: RootMutation
}

interface Node { id: ID! }

interface Timestamped implements Node { id: ID! createdAt: AWSDateTime! }

type Article implements Node & Timestamped @model { id: ID! createdAt: AWSDateTime! body: AWSJSON }

type Video implements Node & Timestamped @model { id: ID! createdAt: AWSDateTime! url: AWSURL! }

union Media = Article | Video

type RootQuery {
  feed(first: Int = 20, after: String): [Media!]!
  topArticles: [Article] @sql(statement: """
    SELECT id, created_at, body
      FROM articles
     ORDER BY views DESC
     LIMIT 10
  """)
  byReference: [Article] @sql(reference: "topArticlesQuery")
}

type RootMutation { touch(id: ID!): Node }

"Arbitrary JSON accepted by the importer."
scalar ImportPayload

directive @cacheControl(maxAge: Int, scope: CacheScope = PUBLIC) on FIELD_DEFINITION | OBJECT | INTERFACE

enum CacheScope { PUBLIC PRIVATE }
`,

  'gen 2 ai kit, validate and conversation': `type Recipe @model @auth(rules: [{ allow: owner }]) {
  id: ID!
  title: String! @validate(type: minLength, value: "3", errorMessage: "Titles need at least three characters") @validate(type: maxLength, value: "120")
  servings: Int @validate(type: gt, value: "0")
}

type Query {
  generateRecipe(description: String!): Recipe @generation(aiModel: "amazon.nova-lite-v1:0", systemPrompt: "You are a helpful assistant that generates recipes.", inferenceConfiguration: { maxTokens: 1000, temperature: 0.5 }) @auth(rules: [{ allow: private }])
}
`,

  'tabs, blank runs and trailing comments': `\t# leading comment indented with a tab


type   Note   @model   {\t# body comment
\tid :  ID!



\t# grouped fields below
\ttitle :String ! @index( name : "byTitle" , queryField : "notesByTitle" ) # after index
\tbody:String
}



# between definitions


enum   Mood{HAPPY,SAD,  # two moods
}
# last line comment without newline`,
};
