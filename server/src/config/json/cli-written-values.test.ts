import { describe, expect, it } from 'vitest';
import { validateJsonConfig } from './json-config-service';

/**
 * What the Amplify tools write themselves is never flagged. Each case is a shape found in real,
 * deployed projects, reduced to the part that matters.
 */
describe('values the Amplify CLI and ampx write themselves', () => {
  it('accepts triggerProvider in the dependsOn entries the CLI adds for Cognito triggers', async () => {
    // amplify-cli trigger-flow.ts dependsOnBlock writes it; push-resources.ts isAuthTrigger reads it
    const text = JSON.stringify({
      auth: {
        app1234: {
          service: 'Cognito',
          providerPlugin: 'awscloudformation',
          dependsOn: [
            { category: 'function', resourceName: 'app1234PostConfirmation', triggerProvider: 'Cognito', attributes: ['Arn', 'Name'] },
          ],
        },
      },
    });
    expect(await validateJsonConfig('backend-config', 'file:///backend-config.json', text)).toEqual([]);
  });

  it('accepts apiKeyExpirationDays saved as a string by older CLIs, which convert it with Number()', async () => {
    const authConfig = (days: unknown) =>
      JSON.stringify({
        api: {
          blog: {
            service: 'AppSync',
            output: { authConfig: { defaultAuthentication: { authenticationType: 'API_KEY', apiKeyConfig: { apiKeyExpirationDays: days } } } },
          },
        },
      });
    expect(await validateJsonConfig('backend-config', 'file:///b.json', authConfig('365'))).toEqual([]);
    expect(await validateJsonConfig('backend-config', 'file:///b.json', authConfig(7))).toEqual([]);
    const [notANumber] = await validateJsonConfig('backend-config', 'file:///b.json', authConfig('a year'));
    expect(notANumber.severity).toBe('warning');
  });

  it('accepts the groups<Name> and entity<id> storage access keys ampx writes into amplify_outputs.json 1.3', async () => {
    // amplify-backend backend-storage access_builder.ts: uniqueDefinitionId `groups${groupName}`, `entity${entityId}`
    const text = JSON.stringify({
      version: '1.3',
      storage: {
        aws_region: 'us-east-1',
        bucket_name: 'files',
        buckets: [
          {
            name: 'files',
            bucket_name: 'files',
            aws_region: 'us-east-1',
            paths: { 'media/{entity_id}/*': { groupsADMINS: ['get', 'list', 'write', 'delete'], entityidentity: ['get', 'list'] } },
          },
        ],
      },
    });
    expect(await validateJsonConfig('amplify-outputs', 'file:///amplify_outputs.json', text)).toEqual([]);
  });
});
