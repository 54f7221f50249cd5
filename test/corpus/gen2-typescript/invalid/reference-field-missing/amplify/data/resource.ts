import { type ClientSchema, a, defineData } from '@aws-amplify/backend';

const schema = a.schema({
  Team: a
    .model({
      // expect: gen2-schema-builder-error
      members: a.hasMany('Member', 'teamKey'),
    })
    .authorization((allow) => [allow.owner()]),
  Member: a
    .model({
      name: a.string(),
      team: a.belongsTo('Team', 'teamKey'),
    })
    .authorization((allow) => [allow.owner()]),
});

export type Schema = ClientSchema<typeof schema>;

export const data = defineData({ schema, authorizationModes: { defaultAuthorizationMode: 'userPool' } });
