/**
 * What the extension loads of the AWS SDK, in one module: the build makes it a bundle of its own
 * (client/out/aws-services.js) that is required on first use, so activation neither reads nor
 * evaluates the SDK. Import it only with `import()`; a static import would pull the SDK back in.
 */
import { askForMfaCode } from './mfa-code-prompt';
import { useMfaCodePrompt } from './shared-credential-providers';

export { CloudFormationGatewayPool } from './cloudformation-gateway-pool';
export { CloudWatchLogsGatewayPool } from './cloudwatch-logs-gateway-pool';
export { signInWithDeviceCode } from './sso-device-authorization';
export { checkCredentials, type CredentialsCheck } from './credentials-check';
export { AmplifyHostingGatewayPool } from './amplify-hosting-gateway-pool';

// Every client this bundle makes asks the user for an MFA code where a profile needs one.
useMfaCodePrompt(askForMfaCode);
