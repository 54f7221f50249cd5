const { CognitoIdentityServiceProvider } = require('aws-sdk');

const cognito = new CognitoIdentityServiceProvider();

exports.handler = async (event) => {
  await cognito.adminAddUserToGroup({ GroupName: process.env.GROUP, UserPoolId: event.userPoolId, Username: event.userName }).promise();
  return event;
};
