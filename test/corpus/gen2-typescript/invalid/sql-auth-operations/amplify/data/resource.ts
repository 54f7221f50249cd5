import { type ClientSchema, defineData } from '@aws-amplify/backend';
import { schema as generatedSqlSchema } from './schema.sql';

// A SQL-backed model has no sync or search operations: the auth transformer refuses them there
// (amplify-graphql-auth-transformer validations.ts), though a DynamoDB model would take them.
const schema = generatedSqlSchema.setAuthorization((models) => [
  models.notes.authorization((allow) => [
    // expect: auth-operation-not-supported-sql
    allow.authenticated().to(['create', 'update', 'sync']),
  ]),
]);

export type Schema = ClientSchema<typeof schema>;

export const data = defineData({ schema, authorizationModes: { defaultAuthorizationMode: 'userPool' } });
