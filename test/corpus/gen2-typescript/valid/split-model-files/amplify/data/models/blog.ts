import { a } from '@aws-amplify/backend';

export const Blog = a.model({
  name: a.string().required(),
  posts: a.hasMany('Post', 'blogId'),
});
