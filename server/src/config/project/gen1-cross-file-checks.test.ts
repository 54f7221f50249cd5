import { describe, expect, it } from 'vitest';
import { checkGen1Project } from './gen1-cross-file-checks';
import { json, project, summarize, underlined } from '../../../test-support/config/memory-project';

const TEAM = json({ dev: { awscloudformation: { Region: 'eu-west-1' } }, prod: { awscloudformation: { Region: 'eu-west-1' } } });

const BLOG_CONFIG = {
  api: {
    blog: {
      service: 'AppSync',
      providerPlugin: 'awscloudformation',
      dependsOn: [{ category: 'auth', resourceName: 'blogauth', attributes: ['UserPoolId'] }],
    },
  },
  auth: { blogauth: { service: 'Cognito', providerPlugin: 'awscloudformation', dependsOn: [] } },
  function: {
    summarize: {
      service: 'Lambda',
      build: true,
      dependsOn: [
        { category: 'api', resourceName: 'blog', attributes: ['GraphQLAPIIdOutput', 'GraphQLAPIEndpointOutput'] },
        { category: 'storage', resourceName: 'posts', attributes: ['Name', 'Arn', 'StreamArn'] },
      ],
    },
  },
  storage: {
    posts: { service: 'DynamoDB', providerPlugin: 'awscloudformation' },
    media: { service: 'S3', providerPlugin: 'awscloudformation' },
  },
  parameters: {
    AMPLIFY_function_summarize_s3Key: { usedBy: [{ category: 'function', resourceName: 'summarize' }] },
  },
};

/** The folders a healthy project with BLOG_CONFIG has. */
const BLOG_FOLDERS = {
  'amplify/backend/api/blog/schema.graphql': 'type Post @model { id: ID! }\n',
  'amplify/backend/auth/blogauth/cli-inputs.json': '{}',
  'amplify/backend/function/summarize/src/index.js': '',
  'amplify/backend/storage/posts/cli-inputs.json': '{}',
  'amplify/backend/storage/media/cli-inputs.json': '{}',
  'amplify/team-provider-info.json': TEAM,
  'amplify/.config/local-env-info.json': json({ projectPath: '/projects/app', defaultEditor: 'code', envName: 'dev' }),
  'amplify/.config/local-aws-info.json': json({ dev: { configLevel: 'project', useProfile: true, profileName: 'default' } }),
};

function blog(config: unknown = BLOG_CONFIG, extra: Record<string, string | undefined> = {}) {
  const files: Record<string, string> = { 'amplify/backend/backend-config.json': json(config), ...BLOG_FOLDERS };
  for (const [path, text] of Object.entries(extra)) {
    if (text === undefined) delete files[path];
    else files[path] = text;
  }
  return project(files);
}

describe('checkGen1Project', () => {
  it('is quiet on a consistent project', async () => {
    expect(await checkGen1Project(blog())).toEqual([]);
  });

  it('is quiet without backend-config.json or team-provider-info.json', async () => {
    expect(await checkGen1Project(project({ 'amplify/backend/api/x/schema.graphql': '' }))).toEqual([]);
  });

  describe('resource folders', () => {
    it('reports a resource whose folder is missing, on its key', async () => {
      const files = blog(BLOG_CONFIG, { 'amplify/backend/storage/media/cli-inputs.json': undefined });
      const diagnostics = await checkGen1Project(files);
      expect(summarize(diagnostics)).toEqual(['config-resource-folder-missing@amplify/backend/backend-config.json:54:5']);
      expect(await underlined(files, diagnostics[0])).toBe('"media"');
      expect(diagnostics[0].severity).toBe('error');
      expect(diagnostics[0].message).toContain('amplify/backend/storage/media/');
    });

    it('does not expect folders for imported resources, notifications, or Amplify Hosting CI/CD', async () => {
      const config = {
        auth: { imported: { service: 'Cognito', serviceType: 'imported', providerPlugin: 'awscloudformation' } },
        notifications: { app: { service: 'Pinpoint', channels: ['SMS'] } },
        hosting: { amplifyhosting: { service: 'amplifyhosting', type: 'cicd' } },
      };
      expect(await checkGen1Project(project({ 'amplify/backend/backend-config.json': json(config) }))).toEqual([]);
    });

    it('reports a folder no resource claims, on the category key', async () => {
      const files = blog(BLOG_CONFIG, { 'amplify/backend/function/oldJob/src/index.js': '' });
      const diagnostics = await checkGen1Project(files);
      expect(summarize(diagnostics)).toEqual(['config-resource-unlisted@amplify/backend/backend-config.json:24:3']);
      expect(await underlined(files, diagnostics[0])).toBe('"function"');
      expect(diagnostics[0].message).toContain('amplify/backend/function/oldJob/');
    });

    it('reports an unlisted folder of a category backend-config.json lacks at the top of the file', async () => {
      const files = blog(BLOG_CONFIG, { 'amplify/backend/geo/map1/parameters.json': '{}' });
      const diagnostics = await checkGen1Project(files);
      expect(summarize(diagnostics)).toEqual(['config-resource-unlisted@amplify/backend/backend-config.json:1:1']);
      expect(await underlined(files, diagnostics[0])).toBe('{');
    });

    it('ignores what the CLI keeps beside the categories and hidden folders', async () => {
      const files = blog(BLOG_CONFIG, {
        'amplify/backend/awscloudformation/build/root-cloudformation-stack.json': '{}',
        'amplify/backend/types/amplify-dependent-resources-ref.d.ts': '',
        'amplify/backend/tags.json': '[]',
        'amplify/backend/.temp/x': '',
        'amplify/backend/amplify-meta.json': '{}',
        'amplify/backend/function/.DS_Store': '',
        'amplify/backend/function/.cache/x': '',
      });
      expect(await checkGen1Project(files)).toEqual([]);
    });
  });

  describe('dependsOn', () => {
    function withFunctionDependency(dependency: unknown) {
      const config = structuredClone(BLOG_CONFIG);
      config.function.summarize.dependsOn = [dependency as never];
      return config;
    }

    it('reports a dependency on a resource that does not exist, naming the ones that do', async () => {
      const files = blog(withFunctionDependency({ category: 'storage', resourceName: 'comments', attributes: ['Name'] }));
      const diagnostics = await checkGen1Project(files);
      expect(summarize(diagnostics)).toEqual(['config-depends-on-missing-resource@amplify/backend/backend-config.json:31:27']);
      expect(await underlined(files, diagnostics[0])).toBe('"comments"');
      expect(diagnostics[0].message).toContain('its storage resources: posts, media');
    });

    it('reports a dependency on a category with no resources', async () => {
      const diagnostics = await checkGen1Project(blog(withFunctionDependency({ category: 'geo', resourceName: 'map', attributes: ['Name'] })));
      expect(summarize(diagnostics)).toEqual(['config-depends-on-missing-resource@amplify/backend/backend-config.json:31:27']);
      expect(diagnostics[0].message).toContain('it has no geo resources');
    });

    it('reports attributes the depended-on resource does not output, one by one', async () => {
      const files = blog(
        withFunctionDependency({ category: 'auth', resourceName: 'blogauth', attributes: ['UserPoolId', 'UserPoolID', 'ClientId'] }),
      );
      const diagnostics = await checkGen1Project(files);
      expect(diagnostics.map((d) => d.code)).toEqual(['config-depends-on-unknown-attribute', 'config-depends-on-unknown-attribute']);
      expect(await underlined(files, diagnostics[0])).toBe('"UserPoolID"');
      expect(await underlined(files, diagnostics[1])).toBe('"ClientId"');
      expect(diagnostics[0].message).toContain('UserPoolId, UserPoolArn');
    });

    it('knows the outputs of DynamoDB, S3, AppSync and layers', async () => {
      const config = withFunctionDependency({ category: 'storage', resourceName: 'media', attributes: ['BucketName', 'Region', 'Arn'] });
      const diagnostics = await checkGen1Project(blog(config));
      expect(diagnostics.map((d) => d.message.split(';')[0])).toEqual(["The storage resource 'media' has no output 'Arn'"]);

      const layer = structuredClone(BLOG_CONFIG) as Record<string, Record<string, unknown>>;
      layer.function.shared = { service: 'LambdaLayer', providerPlugin: 'awscloudformation' };
      (layer.function.summarize as { dependsOn: unknown[] }).dependsOn = [
        { category: 'function', resourceName: 'shared', attributes: ['Arn'] },
        { category: 'api', resourceName: 'blog', attributes: ['GraphQLAPIKeyOutput', 'GraphQLAPIIdOutput'] },
      ];
      expect(await checkGen1Project(blog(layer, { 'amplify/backend/function/shared/layer-configuration.json': '{}' }))).toEqual([]);
    });

    it("accepts outputs added to a function's own template", async () => {
      const config = structuredClone(BLOG_CONFIG) as Record<string, Record<string, unknown>>;
      config.api.blog = {
        ...(config.api.blog as object),
        dependsOn: [{ category: 'function', resourceName: 'summarize', attributes: ['Name', 'QueueUrl', 'Nope'] }],
      };
      const template = json({ Resources: {}, Outputs: { Name: {}, Arn: {}, QueueUrl: { Value: 'x' } } });
      const diagnostics = await checkGen1Project(
        blog(config, { 'amplify/backend/function/summarize/summarize-cloudformation-template.json': template }),
      );
      expect(diagnostics.map((d) => d.message.split(';')[0])).toEqual(["The function resource 'summarize' has no output 'Nope'"]);
    });

    it('stays quiet where outputs cannot be known', async () => {
      const config = structuredClone(BLOG_CONFIG) as Record<string, Record<string, unknown>>;
      config.api.rest = { service: 'API Gateway', providerPlugin: 'awscloudformation' };
      config.auth.userPoolGroups = { service: 'Cognito-UserPool-Groups', providerPlugin: 'awscloudformation' };
      config.auth.imported = { service: 'Cognito', serviceType: 'imported' };
      (config.function.summarize as { dependsOn: unknown[] }).dependsOn = [
        { category: 'api', resourceName: 'rest', attributes: ['ApiName', 'RootUrl'] },
        { category: 'auth', resourceName: 'userPoolGroups', attributes: ['AdminGroupRole'] },
        { category: 'auth', resourceName: 'imported', attributes: ['Anything'] },
        { category: 'storage', resourceName: 'posts', attributes: ['TableNameFromOverride'] },
        { category: 'api', resourceName: 'Post:@model(appsync)', attributes: ['Name'] },
        { category: 'myplugin', resourceName: 'x', attributes: ['y'] },
      ];
      const files = blog(config, {
        'amplify/backend/api/rest/cli-inputs.json': '{}',
        'amplify/backend/auth/userPoolGroups/user-pool-group-precedence.json': '[]',
        'amplify/backend/storage/posts/override.ts': 'export function override() {}',
      });
      expect(await checkGen1Project(files)).toEqual([]);
    });
  });

  describe('parameters', () => {
    it('reports usedBy entries naming a missing resource', async () => {
      const config = structuredClone(BLOG_CONFIG) as typeof BLOG_CONFIG & { parameters: Record<string, unknown> };
      config.parameters.AMPLIFY_function_gone_s3Key = { usedBy: [{ category: 'function', resourceName: 'gone' }] };
      const files = blog(config);
      const diagnostics = await checkGen1Project(files);
      expect(summarize(diagnostics)).toEqual(['config-parameter-user-missing@amplify/backend/backend-config.json:72:27']);
      expect(diagnostics[0].severity).toBe('warning');
      expect(await underlined(files, diagnostics[0])).toBe('"gone"');
    });
  });

  describe('environments', () => {
    it('reports a checked-out env that team-provider-info.json lacks, listing the envs', async () => {
      const files = blog(BLOG_CONFIG, {
        'amplify/.config/local-env-info.json': json({ projectPath: '/projects/app', defaultEditor: 'code', envName: 'staging' }),
      });
      const diagnostics = await checkGen1Project(files);
      expect(summarize(diagnostics)).toEqual(['config-env-missing@amplify/.config/local-env-info.json:4:14']);
      expect(await underlined(files, diagnostics[0])).toBe('"staging"');
      expect(diagnostics[0].severity).toBe('error');
      expect(diagnostics[0].message).toContain('its environments: dev, prod');
    });

    it('warns about local AWS settings for envs the team no longer has', async () => {
      const files = blog(BLOG_CONFIG, {
        'amplify/.config/local-aws-info.json': json({ dev: { configLevel: 'general' }, old: { configLevel: 'general' } }),
      });
      const diagnostics = await checkGen1Project(files);
      expect(summarize(diagnostics)).toEqual(['config-local-env-unknown@amplify/.config/local-aws-info.json:5:3']);
      expect(await underlined(files, diagnostics[0])).toBe('"old"');
      expect(diagnostics[0].severity).toBe('warning');
    });

    it('says when team-provider-info.json lists no env at all', async () => {
      const diagnostics = await checkGen1Project(blog(BLOG_CONFIG, { 'amplify/team-provider-info.json': '{}' }));
      expect(diagnostics.map((d) => d.code)).toEqual(['config-local-env-unknown', 'config-env-missing']);
      expect(diagnostics[1].message).toContain('it lists no environments');
    });

    it('stays quiet when team-provider-info.json is absent', async () => {
      expect(await checkGen1Project(blog(BLOG_CONFIG, { 'amplify/team-provider-info.json': undefined }))).toEqual([]);
    });
  });
});
