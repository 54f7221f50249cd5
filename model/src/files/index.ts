/** Reading a project's files: the one place that touches the disk for the model, on both sides. */
export { CachedProjectFiles } from './cached-project-files';
export { fileExists, isRecord, readJsonFile, stringOf } from './file-reading';
export { isPathWithin } from './path-within';
export { absolutePathOf, memoryProjectFiles, nodeProjectFiles, type DirectoryEntry, type ProjectFiles } from './project-files';
