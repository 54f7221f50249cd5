import { type ClientSchema, a, defineData } from '@aws-amplify/backend';

const catalog = a
  .schema({
    Product: a.model({ name: a.string().required(), price: a.float() }),
  })
  .authorization((allow) => [allow.publicApiKey().to(['read']), allow.authenticated()]);

const orders = a
  .schema({
    Order: a.model({ productId: a.id(), quantity: a.integer() }),
  })
  .authorization((allow) => [allow.owner()]);

const schema = a.combine([catalog, orders]);

export type Schema = ClientSchema<typeof schema>;

export const data = defineData({
  schema,
  authorizationModes: { defaultAuthorizationMode: 'userPool', apiKeyAuthorizationMode: { expiresInDays: 7 } },
});
