import { nodeProjectFiles, type ProjectFiles } from '../files/project-files';
import type { AmplifyProject, AmplifyProjectInfo } from './amplify-project-types';
import { readGen1Project } from './gen1-project-reader';
import { readGen2Project } from './gen2-project-reader';

/**
 * What a project's files say, by generation. `files` defaults to the disk; the language server
 * passes its own reader, so the texts of documents open in the editor win over the disk.
 */
export function readAmplifyProject(project: AmplifyProject, files: ProjectFiles = nodeProjectFiles(project.root)): Promise<AmplifyProjectInfo> {
  return project.generation === 1 ? readGen1Project(files) : readGen2Project(files);
}
