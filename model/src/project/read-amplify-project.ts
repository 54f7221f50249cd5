import type { AmplifyProject, AmplifyProjectInfo } from './amplify-project-types';
import { readGen1Project } from './gen1-project-reader';
import { readGen2Project } from './gen2-project-reader';

/** Reads what the environment model needs from a project's files, by generation. */
export function readAmplifyProject(project: AmplifyProject): Promise<AmplifyProjectInfo> {
  return project.generation === 1 ? readGen1Project(project.root) : readGen2Project(project.root);
}
