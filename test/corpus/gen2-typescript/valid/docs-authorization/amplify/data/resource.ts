// Modelled on the Amplify documentation, Data > Customize your auth rules (public, owner, multi-owner, groups, dynamic groups, field-level).
import { type ClientSchema, a, defineData } from '@aws-amplify/backend';

const schema = a.schema({
  Todo: a
    .model({
      content: a.string(),
    })
    .authorization((allow) => [allow.publicApiKey().to(['read']), allow.owner()]),
  Document: a
    .model({
      title: a.string(),
      authors: a.string().array(),
    })
    .authorization((allow) => [allow.ownersDefinedIn('authors')]),
  Salary: a
    .model({
      wage: a.float(),
      currency: a.string(),
    })
    .authorization((allow) => [allow.groups(['Admin']), allow.authenticated('identityPool').to(['read'])]),
  Forum: a
    .model({
      content: a.string(),
      group: a.string(),
    })
    .authorization((allow) => [allow.groupDefinedIn('group')]),
  Employee: a
    .model({
      name: a.string(),
      email: a.email(),
      ssn: a.string().authorization((allow) => [allow.owner()]),
    })
    .authorization((allow) => [allow.authenticated().to(['read']), allow.owner()]),
  Profile: a
    .model({
      name: a.string(),
    })
    .authorization((allow) => [allow.guest().to(['read']), allow.authenticated()]),
});

export type Schema = ClientSchema<typeof schema>;

export const data = defineData({
  schema,
  authorizationModes: {
    defaultAuthorizationMode: 'userPool',
    apiKeyAuthorizationMode: { expiresInDays: 30 },
  },
});
