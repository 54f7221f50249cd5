import type { Schema } from '../../data/resource';

export const handler: Schema['sayHello']['functionHandler'] = async (event) => {
  const { name } = event.arguments;
  console.log(JSON.stringify({ level: 'info', message: 'saying hello', name }));
  return `Hello, ${name ?? 'world'}!`;
};
