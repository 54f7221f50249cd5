/**
 * Moving a Gen 1 API from GraphQL transformer v1 to v2: the page the Amplify CLI itself prints
 * (amplify-graphql-transformer-migrator `schema-migrator.ts`, graphql-transformer-core `errors.ts`)
 * and the command that does it (`amplify migrate api`, which rewrites the schema, sets the
 * feature flags in amplify/cli.json and keeps a backup; `--revert` undoes it).
 */
export const TRANSFORMER_MIGRATION_GUIDE = 'https://docs.amplify.aws/cli/migration/transformer-migration/';

/** The server command that opens the guide (`workspace/executeCommand` → `window/showDocument`). */
export const OPEN_MIGRATION_GUIDE_COMMAND = 'amplifyLens.openTransformerMigrationGuide';
