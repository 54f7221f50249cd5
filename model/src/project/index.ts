/** Amplify projects in the workspace and what their files say (envs, profiles, resources, namespace). */
export * from './amplify-project-types';
export { detectAmplifyProject, findAmplifyProjects } from './find-amplify-projects';
export { readGen1Project } from './gen1-project-reader';
export { readGen2Project } from './gen2-project-reader';
export { scanGen2ResourceFile, type ScannedGen2Resource } from './gen2-resource-scanner';
export { readAmplifyProject } from './read-amplify-project';
export { indexGen2Resources, scanResourceFile, type Gen2Resource, type Gen2ResourceKind } from './gen2-resource-index';
export type { TextPosition, TextRange } from './text-range';
export {
  chooseTransformerVersion,
  resolveTransformerFlags,
  type FlagOrigin,
  type FlagValue,
  type TransformerFlags,
  type TransformerVersionChoice,
} from './transformer-feature-flags';
export { maskTypeScript } from './typescript-source-mask';
