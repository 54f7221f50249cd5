/** The one door to AWS: credentials, profiles, CloudFormation, CloudWatch Logs and Amplify Hosting, and errors turned into problems. */
export * from './aws-types';
export { AWS_COMMANDS } from './aws-command-ids';
export { classifyAwsError, isAbortError, isStackNotFoundError, type AwsProblemContext } from './aws-problem-classifier';
export { defaultProfileName, listProfiles, resolveRegion, type AwsProfile } from './aws-profiles';
export { mapWithConcurrency } from './bounded-parallel';
export { CloudFormationGateway, type CloudFormationGatewayOptions, type StackEventsQuery } from './cloudformation-gateway';
export { CloudFormationGatewayPool, type GatewayTarget } from './cloudformation-gateway-pool';
export { isLiveTailEndedError, isLiveTailUnavailableError, isLogGroupNotFoundError } from './cloudwatch-logs-errors';
export { CloudWatchLogsGateway, type CloudWatchLogsGatewayOptions } from './cloudwatch-logs-gateway';
export { CloudWatchLogsGatewayPool } from './cloudwatch-logs-gateway-pool';
export { logGroupNameOf } from './cloudwatch-logs-mappers';
export type * from './logs-types';
export { createCredentialProvider, type CredentialProvider, type CredentialProviderOptions } from './credential-provider-factory';
export { sharedConfigPaths, type SharedConfigPaths } from './shared-config-files';
export { AmplifyHostingGateway, type AmplifyHostingGatewayOptions, type StartJobRequest } from './amplify-hosting-gateway';
export { AmplifyHostingGatewayPool } from './amplify-hosting-gateway-pool';
export {
  isHostingBadRequestError,
  isHostingNotFoundError,
  isStepLogUrlExpired,
  StepLogDownloadError,
  StepLogUrlExpiredError,
} from './hosting-errors';
export * from './hosting-types';
export { isFetchableLogUrl } from './step-log-download';
