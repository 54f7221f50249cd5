// The Gen 1 -> Gen 2 migration path: a GraphQL string schema.
import { defineData } from '@aws-amplify/backend';

export const data = defineData({
  schema: /* GraphQL */ `
    type Todo @model @auth(rules: [{ allow: owner }]) {
      content: String
      done: Boolean @default(value: "false")
    }
  `,
  authorizationModes: { defaultAuthorizationMode: 'userPool' },
});
