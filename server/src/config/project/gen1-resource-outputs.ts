/**
 * What a Gen 1 resource's nested stack outputs, by category and service: the attributes another
 * resource may name in `dependsOn`. The CLI turns each one into a parameter fed from
 * `Fn::GetAtt <stack>.Outputs.<attribute>`, so a name that is not an output fails the push.
 *
 * Taken from the templates and stack builders the CLI generates from:
 * - function/Lambda: `lambda-function-cloudformation-template.json.ejs` (Name, Arn, Region,
 *   LambdaExecutionRole, CloudWatchEventRule when scheduled) and `ensure-lambda-arn-outputs.ts`
 *   (LambdaExecutionRoleArn, added before every push);
 * - function/LambdaLayer: `lambda-layer-cloudformation-template.ts` (Arn);
 * - auth/Cognito: `auth-stack-transform.ts` (plus AppClientSecret, which older templates output);
 * - storage/S3: `s3-stack-transform.ts`; storage/DynamoDB: `ddb-stack-transform.ts`;
 * - api/AppSync: the transformer's root outputs (`GraphQLAPIIdOutput`, `…EndpointOutput`, `…KeyOutput`).
 * Services not listed here (API Gateway, user pool groups whose outputs are named after the
 * groups, custom stacks, …) are not checked.
 */
const OUTPUTS: Record<string, Record<string, readonly string[]>> = {
  function: {
    Lambda: ['Name', 'Arn', 'Region', 'LambdaExecutionRole', 'LambdaExecutionRoleArn', 'CloudWatchEventRule'],
    LambdaLayer: ['Arn'],
  },
  auth: {
    Cognito: [
      'IdentityPoolId',
      'IdentityPoolName',
      'HostedUIDomain',
      'OAuthMetadata',
      'UserPoolId',
      'UserPoolArn',
      'UserPoolName',
      'AppClientIDWeb',
      'AppClientID',
      'AppClientSecret',
      'CreatedSNSRole',
      'GoogleWebClient',
      'GoogleIOSClient',
      'GoogleAndroidClient',
      'FacebookWebClient',
      'AmazonWebClient',
      'AppleWebClient',
    ],
  },
  storage: {
    S3: ['BucketName', 'Region'],
    DynamoDB: ['Name', 'Arn', 'StreamArn', 'PartitionKeyName', 'PartitionKeyType', 'SortKeyName', 'SortKeyType', 'Region'],
  },
  api: {
    AppSync: ['GraphQLAPIIdOutput', 'GraphQLAPIEndpointOutput', 'GraphQLAPIKeyOutput'],
  },
};

/** The outputs of a resource of this category and service, or undefined when they are not known. */
export function knownResourceOutputs(category: string, service: unknown): readonly string[] | undefined {
  return typeof service === 'string' ? OUTPUTS[category]?.[service] : undefined;
}

/** The file whose Outputs a user may extend by hand (Gen 1 function templates are editable). */
export function editableTemplatePath(category: string, resourceName: string, service: unknown): string | undefined {
  return category === 'function' && service === 'Lambda'
    ? `amplify/backend/function/${resourceName}/${resourceName}-cloudformation-template.json`
    : undefined;
}
