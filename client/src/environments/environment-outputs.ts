import type { Stack, StackOutput } from '../aws/aws-types';
import type { EnvironmentOutput } from './environment-types';

/**
 * The outputs a person copies most, with human labels: endpoints, ids, bucket and function names.
 * Gen 1 keeps them on each category's nested stack (the names amplify-meta.json copies); Gen 2 on
 * the root stack, under the backend output keys of `@aws-amplify/backend-output-schemas`.
 */
const GEN1_LABELS: Record<string, Record<string, string>> = {
  api: {
    GraphQLAPIEndpointOutput: 'GraphQL endpoint',
    GraphQLAPIIdOutput: 'API id',
    GraphQLAPIKeyOutput: 'API key',
    RootUrl: 'REST endpoint',
    ApiId: 'API id',
  },
  auth: {
    UserPoolId: 'User pool id',
    IdentityPoolId: 'Identity pool id',
    AppClientIDWeb: 'Web client id',
    HostedUIDomain: 'Hosted UI domain',
  },
  storage: { BucketName: 'Bucket', Name: 'Table' },
  function: { Name: 'Function name' },
  hosting: { CloudFrontSecureURL: 'Hosting URL', WebsiteURL: 'Hosting URL' },
};

const GEN2_LABELS: Record<string, string> = {
  awsAppsyncApiEndpoint: 'GraphQL endpoint',
  awsAppsyncApiId: 'API id',
  awsAppsyncApiKey: 'API key',
  userPoolId: 'User pool id',
  identityPoolId: 'Identity pool id',
  webClientId: 'Web client id',
  bucketName: 'Bucket',
};

export interface Gen1OutputSource {
  category: string;
  name: string;
  stack?: Stack;
  /** amplify-meta.json's outputs, used when the stack was not read. */
  recordedOutputs?: Record<string, string>;
}

export function gen1Outputs(resources: readonly Gen1OutputSource[]): EnvironmentOutput[] {
  const outputs: EnvironmentOutput[] = [];
  for (const resource of resources) {
    const labels = GEN1_LABELS[resource.category];
    if (!labels) continue;
    const values: StackOutput[] = resource.stack
      ? resource.stack.outputs
      : Object.entries(resource.recordedOutputs ?? {}).map(([key, value]) => ({ key, value }));
    for (const output of values) {
      const label = labels[output.key];
      if (label && output.value) outputs.push({ label, value: output.value, source: `${resource.category}/${resource.name} · ${output.key}` });
    }
  }
  return outputs;
}

export function gen2Outputs(root: Stack | undefined): EnvironmentOutput[] {
  if (!root) return [];
  const outputs: EnvironmentOutput[] = [];
  const seen = new Set<string>();
  const add = (label: string, value: string, source: string) => {
    if (!value || seen.has(`${label}=${value}`)) return;
    seen.add(`${label}=${value}`);
    outputs.push({ label, value, source });
  };
  for (const output of root.outputs) {
    const label = GEN2_LABELS[output.key];
    if (label) add(label, output.value, output.key);
    else if (output.key === 'definedFunctions')
      jsonArray(output.value).forEach((name) => typeof name === 'string' && add('Function name', name, output.key));
    else if (output.key === 'buckets') {
      for (const bucket of jsonArray(output.value)) {
        const parsed = typeof bucket === 'string' ? safeJson(bucket) : bucket;
        const name = parsed && typeof parsed === 'object' ? (parsed as { bucketName?: unknown }).bucketName : undefined;
        if (typeof name === 'string') add('Bucket', name, output.key);
      }
    }
  }
  return outputs;
}

function jsonArray(text: string): unknown[] {
  const parsed = safeJson(text);
  return Array.isArray(parsed) ? parsed : [];
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
