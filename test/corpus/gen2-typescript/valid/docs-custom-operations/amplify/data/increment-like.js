export function request(ctx) {
  return { operation: 'UpdateItem', key: { id: { S: ctx.args.postId } } };
}

export function response(ctx) {
  return ctx.result;
}
