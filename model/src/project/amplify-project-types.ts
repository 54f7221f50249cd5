/** What Lens knows about an Amplify project from its files alone, before asking AWS. */

export interface AmplifyProject {
  /** The folder that holds `amplify/`. */
  root: string;
  generation: 1 | 2;
}

export interface Gen1EnvInfo {
  name: string;
  region?: string;
  rootStackName?: string;
  /** The root stack's ARN; it still finds the stack after a delete, when the name no longer does. */
  rootStackId?: string;
  appId?: string;
  /** The named profile `amplify` uses for this env (local-aws-info.json, `useProfile`). */
  profile?: string;
}

export interface Gen1ResourceInfo {
  category: string;
  name: string;
  service?: string;
  /** The resource's nested stack logical id in the root stack: amplify-meta's, else `<category><name>`. */
  logicalId: string;
  /** Outputs amplify-meta.json recorded at the last push of the current env. */
  outputs: Record<string, string>;
  /** Absolute path of the file that best defines it, when one exists. */
  definitionPath?: string;
}

export interface Gen1ProjectInfo {
  generation: 1;
  root: string;
  projectName?: string;
  envs: Gen1EnvInfo[];
  /** The checked-out env (local-env-info.json). */
  currentEnv?: string;
  resources: Gen1ResourceInfo[];
}

export type Gen2ResourceCategory = 'auth' | 'data' | 'storage' | 'function';

export interface Gen2ResourceInfo {
  category: Gen2ResourceCategory;
  /** The exported constant (`auth`, `sayHello`). */
  exportName: string;
  /** The name given in the source (`defineFunction({ name: 'say-hello' })`), when literal. */
  name?: string;
  /** Absolute path of its resource.ts. */
  definitionPath: string;
}

export interface Gen2ProjectInfo {
  generation: 2;
  root: string;
  /** The sandbox namespace: the root package.json's `name`, as `ampx sandbox` reads it. */
  namespace?: string;
  resources: Gen2ResourceInfo[];
}

export type AmplifyProjectInfo = Gen1ProjectInfo | Gen2ProjectInfo;
