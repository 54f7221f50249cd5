// Modelled on the Amplify documentation, Data > field validation (a.string().validate(...)).
import { type ClientSchema, a, defineData } from '@aws-amplify/backend';

const schema = a.schema({
  Post: a
    .model({
      title: a.string().required().validate((v) => v.minLength(3).maxLength(100)),
      rating: a.integer().validate((v) => v.gte(1).lte(5)),
    })
    .authorization((allow) => [allow.owner()]),
});

export type Schema = ClientSchema<typeof schema>;

export const data = defineData({
  schema,
  authorizationModes: { defaultAuthorizationMode: 'userPool' },
});
