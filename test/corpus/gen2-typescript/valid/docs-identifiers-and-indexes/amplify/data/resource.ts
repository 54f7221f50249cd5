// Modelled on the Amplify documentation, Data > Customize your data model > identifiers and secondary indexes.
import { type ClientSchema, a, defineData } from '@aws-amplify/backend';

const schema = a.schema({
  Todo: a
    .model({
      todoId: a.id().required(),
      content: a.string(),
    })
    .identifier(['todoId'])
    .authorization((allow) => [allow.owner()]),
  StoreBranch: a
    .model({
      geoId: a.id().required(),
      name: a.string().required(),
      country: a.string(),
      state: a.string(),
      city: a.string(),
    })
    .identifier(['geoId', 'name'])
    .authorization((allow) => [allow.owner()]),
  Customer: a
    .model({
      name: a.string(),
      phoneNumber: a.phone(),
      accountRepresentativeId: a.id().required(),
    })
    .secondaryIndexes((index) => [
      index('accountRepresentativeId').sortKeys(['name']).queryField('listByRep').name('repIndex'),
    ])
    .authorization((allow) => [allow.owner()]),
  Order: a
    .model({
      status: a.enum(['PLACED', 'SHIPPED']),
      placedAt: a.datetime().required(),
    })
    .secondaryIndexes((index) => [index('status').sortKeys(['placedAt'])])
    .authorization((allow) => [allow.authenticated()]),
});

export type Schema = ClientSchema<typeof schema>;

export const data = defineData({
  schema,
  authorizationModes: { defaultAuthorizationMode: 'userPool' },
});
