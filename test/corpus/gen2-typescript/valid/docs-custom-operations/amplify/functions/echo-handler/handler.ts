export const handler = async (event: { arguments: { content?: string } }) => ({ content: event.arguments.content, executionDuration: 0 });
