import { type ClientSchema, a, defineData } from '@aws-amplify/backend';

const schema = a.schema({
  Customer: a
    .model({
      name: a.string(),
      accountRepresentativeId: a.id().required(),
    })
    .secondaryIndexes((index) => [
      // expect: index-sort-key-not-found
      index('accountRepresentativeId').sortKeys(['fullName']),
    ])
    .authorization((allow) => [allow.owner()]),
});

export type Schema = ClientSchema<typeof schema>;

export const data = defineData({ schema, authorizationModes: { defaultAuthorizationMode: 'userPool' } });
