/** Amplify projects in the workspace and what their files say (envs, profiles, resources, namespace). */
export * from './amplify-project-types';
export { detectAmplifyProject, findAmplifyProjects } from './find-amplify-projects';
export { readGen1Project } from './gen1-project-reader';
export { readGen2Project } from './gen2-project-reader';
export { scanGen2ResourceFile, type ScannedGen2Resource } from './gen2-resource-scanner';
export { readAmplifyProject } from './read-amplify-project';
