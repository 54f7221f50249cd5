import { type ClientSchema, a, defineData } from '@aws-amplify/backend';
import { Blog } from './models/blog';
import { Comment, Post } from './models/post';

const schema = a.schema({ Blog, Post, Comment }).authorization((allow) => [allow.owner()]);

export type Schema = ClientSchema<typeof schema>;

export const data = defineData({ schema });
