// Modelled on the Amplify documentation, Data > Customize your data model > enums and custom types, field types.
import { type ClientSchema, a, defineData } from '@aws-amplify/backend';

const schema = a.schema({
  PrivacySetting: a.enum(['PRIVATE', 'FRIENDS_ONLY', 'PUBLIC']),
  Location: a.customType({
    lat: a.float(),
    long: a.float(),
  }),
  Post: a
    .model({
      content: a.string(),
      privacySetting: a.ref('PrivacySetting'),
      status: a.enum(['DRAFT', 'PUBLISHED']),
      location: a.ref('Location'),
      address: a.customType({
        street: a.string(),
        city: a.string(),
      }),
      tags: a.string().array(),
      views: a.integer().default(0),
      rating: a.float(),
      published: a.boolean().default(false),
      publishedOn: a.date(),
      meta: a.json(),
      contactEmail: a.email(),
      homepage: a.url(),
      sourceIp: a.ipAddress(),
    })
    .authorization((allow) => [allow.guest().to(['read']), allow.owner()]),
});

export type Schema = ClientSchema<typeof schema>;

export const data = defineData({
  schema,
  authorizationModes: { defaultAuthorizationMode: 'userPool' },
});
