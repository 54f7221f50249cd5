import { type ClientSchema, a, defineData } from '@aws-amplify/backend';

const schema = a.schema({
  Registration: a
    .model({
      email: a.string().required(),
      street: a.string().required(),
      status: a.enum(['SUBMITTED', 'ACCEPTED', 'REJECTED']),
      residents: a.hasMany('Resident', 'registrationId'),
    })
    .authorization((allow) => [allow.groups(['Administrator']).to(['read', 'update', 'delete']), allow.publicApiKey().to(['create'])]),
  Resident: a
    .model({
      name: a.string().required(),
      registrationId: a.id(),
      registration: a.belongsTo('Registration', 'registrationId'),
    })
    .authorization((allow) => [allow.groups(['Administrator'])]),
});

export type Schema = ClientSchema<typeof schema>;

export const data = defineData({
  schema,
  authorizationModes: {
    defaultAuthorizationMode: 'userPool',
    apiKeyAuthorizationMode: { expiresInDays: 30 },
  },
});
