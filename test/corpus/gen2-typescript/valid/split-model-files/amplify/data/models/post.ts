import { a } from '@aws-amplify/backend';

export const Post = a.model({
  title: a.string().required(),
  blogId: a.id(),
  blog: a.belongsTo('Blog', 'blogId'),
  comments: a.hasMany('Comment', 'postId'),
});

export const Comment = a.model({
  content: a.string().required(),
  postId: a.id(),
  post: a.belongsTo('Post', 'postId'),
});
