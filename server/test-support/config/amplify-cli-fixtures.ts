/**
 * Real configuration files from the Amplify CLI's own repository (aws-amplify/amplify-cli, Apache-2.0):
 * the iOS front-end's sample project (packages/amplify-frontend-ios/tests/sample-xcode-project), the
 * project skeleton templates (packages/amplify-cli/templates/amplify-skeleton), and the auth
 * category's test inputs (packages/amplify-category-auth/src/__tests__/mocks/cli-inputs.json),
 * wrapped in the {version, cognitoConfig} envelope the CLI writes. Every one must validate cleanly.
 */
import type { JsonConfigKind } from '../../src/config/json/json-language-service';

export interface ConfigFixture {
  name: string;
  kind: JsonConfigKind;
  text: string;
}

export const AMPLIFY_CLI_FIXTURES: ConfigFixture[] = [
  {
    name: 'iOS sample project backend-config.json',
    kind: 'backend-config',
    text: '{\n  "api": {\n    "samplexcodeproject": {\n      "dependsOn": [],\n      "output": {\n        "authConfig": {\n          "additionalAuthenticationProviders": [],\n          "defaultAuthentication": {\n            "apiKeyConfig": {\n              "apiKeyExpirationDays": 7\n            },\n            "authenticationType": "API_KEY"\n          }\n        }\n      },\n      "providerPlugin": "awscloudformation",\n      "service": "AppSync"\n    }\n  }\n}',
  },
  {
    name: 'iOS sample project team-provider-info.json',
    kind: 'team-provider-info',
    text: '{\n  "dev": {\n    "awscloudformation": {\n      "AuthRoleName": "amplify-samplexcodeproject-dev-90949-authRole",\n      "UnauthRoleArn": "arn:aws:iam::595032847868:role/amplify-samplexcodeproject-dev-90949-unauthRole",\n      "AuthRoleArn": "arn:aws:iam::595032847868:role/amplify-samplexcodeproject-dev-90949-authRole",\n      "Region": "us-west-2",\n      "DeploymentBucketName": "amplify-samplexcodeproject-dev-90949-deployment",\n      "UnauthRoleName": "amplify-samplexcodeproject-dev-90949-unauthRole",\n      "StackName": "amplify-samplexcodeproject-dev-90949",\n      "StackId": "arn:aws:cloudformation:us-west-2:595032847868:stack/amplify-samplexcodeproject-dev-90949/a6fdb0d0-4298-11ee-9b50-0a9c954e78b3",\n      "AmplifyAppId": "d19g9qfivk7dw4"\n    },\n    "categories": {\n      "api": {\n        "samplexcodeproject": {}\n      }\n    }\n  }\n}',
  },
  {
    name: 'iOS sample project cli.json',
    kind: 'cli-json',
    text: '{\n  "features": {\n    "graphqltransformer": {\n      "addmissingownerfields": true,\n      "improvepluralization": false,\n      "validatetypenamereservedwords": true,\n      "useexperimentalpipelinedtransformer": true,\n      "enableiterativegsiupdates": true,\n      "secondarykeyasgsi": true,\n      "skipoverridemutationinputtypes": true,\n      "transformerversion": 2,\n      "suppressschemamigrationprompt": true,\n      "securityenhancementnotification": false,\n      "showfieldauthnotification": false,\n      "usesubusernamefordefaultidentityclaim": true,\n      "usefieldnameforprimarykeyconnectionfield": false,\n      "enableautoindexquerynames": true,\n      "respectprimarykeyattributesonconnectionfield": true,\n      "shoulddeepmergedirectiveconfigdefaults": false,\n      "populateownerfieldforstaticgroupauth": true\n    },\n    "frontend-ios": {\n      "enablexcodeintegration": true\n    },\n    "auth": {\n      "enablecaseinsensitivity": true,\n      "useinclusiveterminology": true,\n      "breakcirculardependency": true,\n      "forcealiasattributes": false,\n      "useenabledmfas": true\n    },\n    "codegen": {\n      "useappsyncmodelgenplugin": true,\n      "usedocsgeneratorplugin": true,\n      "usetypesgeneratorplugin": true,\n      "cleangeneratedmodelsdirectory": true,\n      "retaincasestyle": true,\n      "addtimestampfields": true,\n      "handlelistnullabilitytransparently": true,\n      "emitauthprovider": true,\n      "generateindexrules": true,\n      "enabledartnullsafety": true,\n      "generatemodelsforlazyloadandcustomselectionset": false\n    },\n    "appsync": {\n      "generategraphqlpermissions": true\n    },\n    "latestregionsupport": {\n      "pinpoint": 1,\n      "translate": 1,\n      "transcribe": 1,\n      "rekognition": 1,\n      "textract": 1,\n      "comprehend": 1\n    },\n    "project": {\n      "overrides": true\n    }\n  },\n  "debug": {\n    "shareProjectConfig": false\n  }\n}',
  },
  {
    name: 'iOS sample project project-config.json',
    kind: 'project-config',
    text: '{\n  "projectName": "samplexcodeproject",\n  "version": "3.1",\n  "frontend": "ios",\n  "providers": [\n    "awscloudformation"\n  ]\n}',
  },
  {
    name: 'iOS sample project api cli-inputs.json',
    kind: 'api-cli-inputs',
    text: '{\n  "version": 1,\n  "serviceConfiguration": {\n    "apiName": "samplexcodeproject",\n    "serviceName": "AppSync",\n    "defaultAuthType": {\n      "mode": "API_KEY",\n      "expirationTime": 7\n    }\n  }\n}',
  },
  {
    name: 'iOS sample project transform.conf.json',
    kind: 'transform-conf',
    text: '{\n    "Version": 5,\n    "ElasticsearchWarning": true\n}',
  },
  {
    name: 'project skeleton backend-config.json',
    kind: 'backend-config',
    text: '{\n  "api": {\n    "amplifyDatasource": {\n      "service": "AppSync",\n      "providerPlugin": "awscloudformation",\n      "output": {\n        "authConfig": {\n          "additionalAuthenticationProviders": [],\n          "defaultAuthentication": {\n            "authenticationType": "API_KEY",\n            "apiKeyConfig": {\n              "description": "",\n              "apiKeyExpirationDays": 7\n            }\n          }\n        }\n      }\n    }\n  }\n}\n',
  },
  {
    name: 'project skeleton transform.conf.json (DataStore)',
    kind: 'transform-conf',
    text: '{\n  "Version": 5,\n  "ResolverConfig": {\n    "project": {\n      "ConflictHandler": "AUTOMERGE",\n      "ConflictDetection": "VERSION"\n    }\n  }\n}\n',
  },
  {
    name: 'project skeleton project-config.json (javascript)',
    kind: 'project-config',
    text: '{\n  "projectName": "amplifyStarter",\n  "version": "2.0",\n  "frontend": "javascript",\n  "providers": ["awscloudformation"],\n  "javascript": {\n    "framework": "react",\n    "config": {\n      "SourceDir": "src",\n      "DistributionDir": "build",\n      "BuildCommand": "npm run-script build",\n      "StartCommand": "npm run-script start"\n    }\n  }\n}\n',
  },
  {
    name: 'project skeleton project-config.json (android)',
    kind: 'project-config',
    text: '{\n  "projectName": "amplifyStarter",\n  "version": "2.0",\n  "frontend": "android",\n  "providers": ["awscloudformation"],\n  "android": {\n    "config": {\n      "ResDir": "app/src/main/res"\n    }\n  }\n}\n',
  },
  {
    name: 'project skeleton project-config.json (flutter)',
    kind: 'project-config',
    text: '{\n  "projectName": "amplifyStarter",\n  "version": "2.0",\n  "frontend": "flutter",\n  "providers": ["awscloudformation"],\n  "flutter": {\n    "config": {\n      "ResDir": "./lib/"\n    }\n  }\n}\n',
  },
  {
    name: 'auth category test inputs (social providers, Hosted UI, triggers) as cli-inputs.json',
    kind: 'auth-cli-inputs',
    text: '{\n  "version": "1",\n  "cognitoConfig": {\n    "identityPoolName": "extauth387063394_identitypool_87063394",\n    "allowUnauthenticatedIdentities": true,\n    "resourceNameTruncated": "extaut87063394",\n    "userPoolName": "extauth387063394_userpool_87063394",\n    "autoVerifiedAttributes": [\n      "email"\n    ],\n    "mfaConfiguration": "ON",\n    "mfaTypes": [\n      "SMS Text Message",\n      "TOTP"\n    ],\n    "smsAuthenticationMessage": "Your authentication code is {####}",\n    "smsVerificationMessage": "Your verification code is {####}",\n    "emailVerificationSubject": "Your verification code",\n    "emailVerificationMessage": "Your verification code is {####}",\n    "defaultPasswordPolicy": true,\n    "passwordPolicyMinLength": 8,\n    "passwordPolicyCharacters": [\n      "Requires Lowercase",\n      "Requires Uppercase",\n      "Requires Numbers",\n      "Requires Symbols"\n    ],\n    "requiredAttributes": [\n      "email"\n    ],\n    "userpoolClientGenerateSecret": false,\n    "userpoolClientRefreshTokenValidity": 30,\n    "userpoolClientWriteAttributes": [\n      "address",\n      "email"\n    ],\n    "userpoolClientReadAttributes": [\n      "address",\n      "email"\n    ],\n    "userpoolClientLambdaRole": "extaut87063394_userpoolclient_lambda_role",\n    "userpoolClientSetAttributes": true,\n    "sharedId": "87063394",\n    "resourceName": "extauth38706339487063394",\n    "authSelections": "identityPoolAndUserPool",\n    "authRoleArn": {\n      "Fn::GetAtt": [\n        "AuthRole",\n        "Arn"\n      ]\n    },\n    "unauthRoleArn": {\n      "Fn::GetAtt": [\n        "UnauthRole",\n        "Arn"\n      ]\n    },\n    "useDefault": "manual",\n    "thirdPartyAuth": true,\n    "authProviders": [\n      "graph.facebook.com",\n      "accounts.google.com",\n      "www.amazon.com",\n      "appleid.apple.com"\n    ],\n    "facebookAppId": "dfvsdcsdc",\n    "googleClientId": "svsdvsv",\n    "amazonAppId": "sdsafggas",\n    "appleAppId": "gfdbvafergew",\n    "userPoolGroups": true,\n    "adminQueries": false,\n    "triggers": {\n      "CreateAuthChallenge": [\n        "captcha-create-challenge"\n      ],\n      "CustomMessage": [\n        "verification-link"\n      ],\n      "DefineAuthChallenge": [\n        "captcha-define-challenge"\n      ],\n      "PostAuthentication": [\n        "custom"\n      ],\n      "PostConfirmation": [\n        "add-to-group"\n      ],\n      "PreAuthentication": [\n        "custom"\n      ],\n      "PreSignup": [\n        "email-filter-allowlist"\n      ],\n      "VerifyAuthChallengeResponse": [\n        "captcha-verify"\n      ],\n      "PreTokenGeneration": [\n        "alter-claims"\n      ]\n    },\n    "hostedUI": true,\n    "hostedUIDomainName": "extauth387063394-87063394",\n    "newCallbackURLs": [\n      "https://localhost:3000/"\n    ],\n    "newLogoutURLs": [\n      "https://localhost:3000/"\n    ],\n    "AllowedOAuthFlows": "code",\n    "AllowedOAuthScopes": [\n      "phone",\n      "email",\n      "openid",\n      "profile",\n      "aws.cognito.signin.user.admin"\n    ],\n    "authProvidersUserPool": [\n      "Facebook",\n      "Google",\n      "LoginWithAmazon",\n      "SignInWithApple"\n    ],\n    "facebookAppIdUserPool": "sdcsdc",\n    "facebookAppSecretUserPool": "bfdsvsr",\n    "googleAppIdUserPool": "avearver",\n    "googleAppSecretUserPool": "vcvereger",\n    "loginwithamazonAppIdUserPool": "vercvdsavcer",\n    "loginwithamazonAppSecretUserPool": "revfdsavrtv",\n    "signinwithappleClientIdUserPool": "vfdvergver",\n    "signinwithappleTeamIdUserPool": "ervervre",\n    "signinwithappleKeyIdUserPool": "vfdavervfer",\n    "signinwithapplePrivateKeyUserPool": "vaveb",\n    "selectedParties": "{\\"graph.facebook.com\\":\\"dfvsdcsdc\\",\\"accounts.google.com\\":\\"svsdvsv\\",\\"www.amazon.com\\":\\"sdsafggas\\",\\"appleid.apple.com\\":\\"gfdbvafergew\\"}",\n    "hostedUIProviderMeta": "[{\\"ProviderName\\":\\"Facebook\\",\\"authorize_scopes\\":\\"email,public_profile\\",\\"AttributeMapping\\":{\\"email\\":\\"email\\",\\"username\\":\\"id\\"}},{\\"ProviderName\\":\\"Google\\",\\"authorize_scopes\\":\\"openid email profile\\",\\"AttributeMapping\\":{\\"email\\":\\"email\\",\\"username\\":\\"sub\\"}},{\\"ProviderName\\":\\"LoginWithAmazon\\",\\"authorize_scopes\\":\\"profile profile:user_id\\",\\"AttributeMapping\\":{\\"email\\":\\"email\\",\\"username\\":\\"user_id\\"}},{\\"ProviderName\\":\\"SignInWithApple\\",\\"authorize_scopes\\":\\"email\\",\\"AttributeMapping\\":{\\"email\\":\\"email\\"}}]",\n    "hostedUIProviderCreds": "[{\\"ProviderName\\":\\"Facebook\\",\\"client_id\\":\\"sdcsdc\\",\\"client_secret\\":\\"bfdsvsr\\"},{\\"ProviderName\\":\\"Google\\",\\"client_id\\":\\"avearver\\",\\"client_secret\\":\\"vcvereger\\"},{\\"ProviderName\\":\\"LoginWithAmazon\\",\\"client_id\\":\\"vercvdsavcer\\",\\"client_secret\\":\\"revfdsavrtv\\"},{\\"ProviderName\\":\\"SignInWithApple\\",\\"client_id\\":\\"vfdvergver\\",\\"team_id\\":\\"ervervre\\",\\"key_id\\":\\"vfdavervfer\\",\\"private_key\\":\\"vaveb\\"}]",\n    "oAuthMetadata": "{\\"AllowedOAuthFlows\\":[\\"code\\"],\\"AllowedOAuthScopes\\":[\\"phone\\",\\"email\\",\\"openid\\",\\"profile\\",\\"aws.cognito.signin.user.admin\\"],\\"CallbackURLs\\":[\\"https://localhost:3000/\\"],\\"LogoutURLs\\":[\\"https://localhost:3000/\\"]}",\n    "userPoolGroupList": [\n      "adin"\n    ],\n    "serviceName": "Cognito",\n    "verificationBucketName": "extauth38706339487063394verificationbucket",\n    "usernameCaseSensitive": false\n  }\n}',
  },
];
