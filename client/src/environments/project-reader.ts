/**
 * The shared project model's readers (Gen 1 files, the masked TypeScript scan of Gen 2 resources),
 * loaded when the views first read a project rather than at activation: the build makes this
 * module a bundle of its own (client/out/project-reader.js). Import it only with `import()`.
 */
export { readAmplifyProject } from 'amplify-lens-model/project';
