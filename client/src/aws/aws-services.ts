/**
 * What the extension loads of the AWS SDK, in one module: the build makes it a bundle of its own
 * (client/out/aws-services.js) that is required on first use, so activation neither reads nor
 * evaluates the SDK. Import it only with `import()`; a static import would pull the SDK back in.
 */
export { CloudFormationGatewayPool } from './cloudformation-gateway-pool';
export { CloudWatchLogsGatewayPool } from './cloudwatch-logs-gateway-pool';
export { signInWithDeviceCode } from './sso-device-authorization';
export { AmplifyHostingGatewayPool } from './amplify-hosting-gateway-pool';

