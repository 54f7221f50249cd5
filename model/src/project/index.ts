/** Amplify projects in a workspace and what their files say: envs, resources, transformer, Gen 2 resources. */
export * from './amplify-project-types';
export { PROJECT_SEARCH_DEPTH, detectAmplifyProject, findAmplifyProjects } from './find-amplify-projects';
export { readGen1Project } from './gen1-project-reader';
export { readGen2Project } from './gen2-project-reader';
export { indexGen2Resources, scanResourceFile, type Gen2Resource, type Gen2ResourceKind } from './gen2-resource-index';
export { readAmplifyProject } from './read-amplify-project';
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
