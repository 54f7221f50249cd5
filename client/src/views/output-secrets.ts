/**
 * Stack outputs are mostly public identifiers (endpoints, pool ids, bucket names) but some are keys:
 * AppSync API keys (`GraphQLAPIKeyOutput`, `awsAppsyncApiKey`, values `da2-…`), and custom stacks
 * may output tokens or secrets. Those are never shown in clear; they are copied on demand only.
 * Which ones they are is the shared secret recognition's `shouldHideValue`, the same the language
 * server uses; this is how a hidden value reads.
 */
export const MASKED_VALUE = '••••';
