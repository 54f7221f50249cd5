import type { AmplifyProjectSummary } from 'amplify-lens-model/contracts';
import type { IndexedProject } from './project-index';

/**
 * `amplifyLens/projects`' answer: each project as the shared model read it — the same facts the
 * extension's views read in process — and the GraphQL APIs the server analyses.
 */
export function projectSummaries(projects: readonly IndexedProject[]): AmplifyProjectSummary[] {
  return projects.map((project) => ({
    ...project.model,
    graphqlApis: project.apis.map((api) => ({
      name: api.name,
      dir: api.dir,
      schemaFiles: api.schemaFiles,
      transformerVersion: api.settings.transformerVersion,
    })),
  }));
}
