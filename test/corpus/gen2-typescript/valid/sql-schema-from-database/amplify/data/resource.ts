import { type ClientSchema, a, defineData } from '@aws-amplify/backend';
import { schema as generatedSqlSchema } from './schema.sql';

// The generated SQL schema, its table renamed to a model name and opened to signed-in users, as the
// documentation's PostgreSQL page shows; combined with a DynamoDB schema of the same app.
const sqlSchema = generatedSqlSchema
  .authorization((allow) => allow.authenticated())
  .renameModels(() => [['notes', 'Note']]);

const tasks = a
  .schema({
    Task: a.model({ title: a.string().required(), done: a.boolean() }),
  })
  .authorization((allow) => [allow.owner()]);

const schema = a.combine([sqlSchema, tasks]);

export type Schema = ClientSchema<typeof schema>;

export const data = defineData({ schema, authorizationModes: { defaultAuthorizationMode: 'userPool' } });
