/**
 * Stand-ins for `@aws-amplify/backend`'s `define*` functions while a resource file is evaluated.
 * The real ones build CDK constructs (and load aws-cdk-lib); to learn the schema a deploy would
 * send, Lens needs only what `defineData` receives. `defineData` records its props; the others
 * return objects with the one method the data-schema builder looks for: `a.handler.function(fn)`
 * accepts anything with `getInstance` (data-schema SchemaProcessor.ts `transformFunctionHandler`).
 * `a` itself is the real builder from the project's `@aws-amplify/data-schema`.
 */
export interface DefineDataCall {
  props: Record<string, unknown>;
}

export interface BackendShims {
  /** Every `defineData` call since the last reset, in call order. */
  readonly dataCalls: DefineDataCall[];
  /** The module object `require('@aws-amplify/backend')` returns in the worker. */
  readonly backend: Record<string, unknown>;
  reset(): void;
}

/** The packages whose imports resolve to the shims (the backend and its category packages). */
export const SHIMMED_PACKAGES = new Set([
  '@aws-amplify/backend',
  '@aws-amplify/backend-data',
  '@aws-amplify/backend-auth',
  '@aws-amplify/backend-function',
  '@aws-amplify/backend-storage',
]);

export function createBackendShims(a: unknown): BackendShims {
  const dataCalls: DefineDataCall[] = [];
  const resource = (kind: string) => (props: unknown) => ({
    kind,
    props,
    getInstance() {
      throw new Error(`${kind} resources are not instantiated while Amplify Lens reads the data schema.`);
    },
  });
  const backend: Record<string, unknown> = {
    a,
    defineData(props: unknown) {
      const record = (props ?? {}) as Record<string, unknown>;
      dataCalls.push({ props: record });
      return { kind: 'data', props: record, getInstance: resource('data')(props).getInstance };
    },
    defineAuth: resource('auth'),
    referenceAuth: resource('auth'),
    defineStorage: resource('storage'),
    defineFunction: resource('function'),
    defineBackend: (resources: unknown) => ({ resources, createStack: () => ({}), addOutput: () => undefined }),
    secret: (name: string) => ({
      name,
      resolve: () => ({ unsafeUnwrap: () => '' }),
      resolvePath: () => ({ branchSecretPath: '', sharedSecretPath: '' }),
    }),
  };
  return {
    dataCalls,
    backend,
    reset() {
      dataCalls.length = 0;
    },
  };
}
