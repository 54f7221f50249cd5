import { type ClientSchema, a, defineData } from '@aws-amplify/backend';

const region = process.env.DEPLOY_REGION;
// expect: gen2-schema-load-failed
if (!region) throw new Error('DEPLOY_REGION is not set');

const schema = a.schema({
  Todo: a.model({ content: a.string() }).authorization((allow) => [allow.owner()]),
});

export type Schema = ClientSchema<typeof schema>;

export const data = defineData({ schema, authorizationModes: { defaultAuthorizationMode: 'userPool' } });
