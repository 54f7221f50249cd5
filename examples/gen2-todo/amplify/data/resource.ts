import { type ClientSchema, a, defineData } from '@aws-amplify/backend';
import { sayHello } from '../functions/say-hello/resource';

const schema = a.schema({
  Priority: a.enum(['LOW', 'MEDIUM', 'HIGH']),

  Project: a
    .model({
      name: a.string().required(),
      todos: a.hasMany('Todo', 'projectId'),
    })
    .authorization((allow) => [allow.owner(), allow.groups(['ADMINS'])]),

  Todo: a
    .model({
      content: a.string().required(),
      done: a.boolean().default(false),
      priority: a.ref('Priority'),
      dueOn: a.date(),
      projectId: a.id(),
      project: a.belongsTo('Project', 'projectId'),
    })
    .secondaryIndexes((index) => [index('projectId').sortKeys(['dueOn']).queryField('todosByProject')])
    .authorization((allow) => [allow.owner(), allow.authenticated().to(['read'])]),

  sayHello: a
    .query()
    .arguments({ name: a.string() })
    .returns(a.string())
    .handler(a.handler.function(sayHello))
    .authorization((allow) => [allow.authenticated()]),
});

export type Schema = ClientSchema<typeof schema>;

export const data = defineData({
  schema,
  authorizationModes: {
    defaultAuthorizationMode: 'userPool',
  },
});
