/* eslint-disable */
/* Written for this corpus in the shape `npx ampx generate schema-from-database` writes (the
 * Amplify documentation's "Connect to existing data sources: PostgreSQL" page): the database's
 * tables as models, bound to the database by `configure`. */
import { a } from '@aws-amplify/data-schema';
import { configure } from '@aws-amplify/data-schema/internals';
import { secret } from '@aws-amplify/backend';

export const schema = configure({
  database: {
    identifier: 'ID1a2b3c4d5e6f7g8h9i0jA',
    engine: 'postgresql',
    connectionUri: secret('SQL_CONNECTION_STRING'),
  },
}).schema({
  notes: a
    .model({
      id: a.integer().required(),
      title: a.string().required(),
      body: a.string(),
      created_at: a.datetime(),
    })
    .identifier(['id']),
});
