/**
 * Where each topic is explained in the public documentation. The GraphQL-directive pages live in
 * the Gen 1 section of docs.amplify.aws; Gen 2 projects that bring their own SDL use the same
 * directives, so the same pages apply.
 */
const GEN1_API = 'https://docs.amplify.aws/gen1/javascript/build-a-backend/graphqlapi';

export const DOC_LINKS = {
  dataModeling: `${GEN1_API}/data-modeling/`,
  relationships: `${GEN1_API}/data-modeling/#model-multi-model-relationships`,
  primaryKey: `${GEN1_API}/data-modeling/#configure-a-primary-key`,
  secondaryIndex: `${GEN1_API}/data-modeling/#configure-a-secondary-index`,
  defaultValue: `${GEN1_API}/data-modeling/#assign-default-values-for-fields`,
  renameModel: `${GEN1_API}/data-modeling/#rename-an-existing-data-model`,
  authorization: `${GEN1_API}/customize-authorization-rules/`,
  customLogic: `${GEN1_API}/custom-business-logic/`,
  search: `${GEN1_API}/search-and-result-aggregations/`,
  predictions: `${GEN1_API}/connect-machine-learning-services/`,
  sql: `${GEN1_API}/connect-to-existing-data-sources/`,
  directivesReference: 'https://docs.amplify.aws/gen1/javascript/tools/cli/graphqlapi/directives-reference/',
  transformerMigration: 'https://docs.amplify.aws/cli/migration/transformer-migration/',
  gen2Validation: 'https://docs.amplify.aws/react/build-a-backend/data/data-modeling/validation/',
  aiConversation: 'https://docs.amplify.aws/react/ai/conversation/',
  aiGeneration: 'https://docs.amplify.aws/react/ai/generation/',
  appSyncAuth: 'https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html',
  appSyncSubscriptions: 'https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-data.html',
  appSyncScalars: 'https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html',
  graphqlScalars: 'https://spec.graphql.org/October2021/#sec-Scalars.Built-in-Scalars',
  graphqlDeprecated: 'https://spec.graphql.org/October2021/#sec--deprecated',
} as const;
