/**
 * The entry of server/out/data-schema-bundled.js: Lens's own copy of the data-schema builder,
 * used only when a project has no `@aws-amplify/data-schema` installed (the result says which
 * version was used).
 */
export { a } from '@aws-amplify/data-schema';
