import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['model/src/**/*.test.ts', 'server/src/**/*.test.ts', 'client/src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/vscode/**'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
