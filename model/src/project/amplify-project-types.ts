/**
 * What Lens knows about an Amplify project from its files alone, before asking AWS: the extension's
 * views and the language server's checks read the same facts through the same readers. Plain JSON
 * values throughout, so the language server can also answer them (`amplifyLens/projects`).
 */
import type { Gen2Resource } from './gen2-resource-index';
import type { TransformerFlags } from './transformer-feature-flags';

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

/** AppSync's authentication types, as the CLI writes them in cli-inputs.json and backend-config.json. */
export type AppSyncAuthMode = 'API_KEY' | 'AMAZON_COGNITO_USER_POOLS' | 'AWS_IAM' | 'OPENID_CONNECT' | 'AWS_LAMBDA';

/** A folder under `amplify/backend/api/`: a GraphQL API, or a REST API (which has no schema). */
export interface Gen1ApiInfo {
  name: string;
  /** Absolute path of the folder. */
  dir: string;
  /**
   * Its auth modes, default first, as the project's transformer reads them: v2 from
   * `cli-inputs.json` (CLI ≥ 7), else the `authConfig` that backend-config.json mirrors; v1 from
   * backend-config.json's `output.authConfig` or `output.securityType` only. Undefined when nothing says.
   */
  authModes?: AppSyncAuthMode[];
  /** `transform.conf.json` configures conflict resolution (DataStore). */
  dataStoreEnabled: boolean;
  /**
   * The names of its `sql-statements/<name>.sql` files, which `@sql(reference: "<name>")` names
   * (graphql-transformer-core transformConfig.ts `loadProject`); empty when there is no folder.
   */
  sqlStatementNames: string[];
}

/** The GraphQL transformer as the Amplify CLI will run it for this project's current env. */
export interface Gen1TransformerInfo {
  /** `features.graphqltransformer` of cli.json with the current env's cli.<env>.json over it, defaults filled in as the CLI does. */
  flags: TransformerFlags;
  version: 1 | 2;
  /** Why, in words a user reads ("amplify/cli.json sets …"). */
  reason: string;
}

export interface Gen1ProjectInfo {
  generation: 1;
  root: string;
  projectName?: string;
  envs: Gen1EnvInfo[];
  /** The checked-out env (local-env-info.json). */
  currentEnv?: string;
  resources: Gen1ResourceInfo[];
  /** The functions backend-config.json lists: the names `@function` may use. */
  functionNames: string[];
  apis: Gen1ApiInfo[];
  transformer: Gen1TransformerInfo;
  /**
   * Whether the project has an S3 storage resource, the bucket `@predictions` reads (the CLI's
   * `s3ResourceAlreadyExists`); undefined when backend-config.json does not list the APIs, so it
   * is missing or not the CLI's and nobody can tell.
   */
  storageConfigured?: boolean;
}

export interface Gen2ProjectInfo {
  generation: 2;
  root: string;
  /** The sandbox namespace: the root package.json's `name`, as `ampx sandbox` reads it. */
  namespace?: string;
  /** What its `amplify/**\/resource.ts` files define, in file order. */
  resources: Gen2Resource[];
}

export type AmplifyProjectInfo = Gen1ProjectInfo | Gen2ProjectInfo;
