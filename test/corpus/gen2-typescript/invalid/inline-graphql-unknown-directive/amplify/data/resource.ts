import { defineData } from '@aws-amplify/backend';

export const data = defineData({
  schema: /* GraphQL */ `
    type Todo @model @auth(rules: [{ allow: owner }]) {
      content: String
      # expect: unknown-directive
      done: Boolean @defualt(value: "false")
    }
  `,
  authorizationModes: { defaultAuthorizationMode: 'userPool' },
});
