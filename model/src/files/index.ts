/** Reading a project's files: the one place that touches the disk for the model, on both sides. */
export { CachedProjectFiles } from './cached-project-files';
export { directoryExists, fileExists, listDirectory, readJsonFile, readTextFile, type DirectoryEntry } from './file-reading';
export { MAX_FILE_BYTES, readTextFileOrUndefined, readTextFileWithReason, type TextFileRead } from './text-file-reader';
export { asArray, isRecord, lowerCaseKeys, parseJson, stringOf } from './json-values';
export { NESTING_DEPTH_LIMIT, findExcessiveNesting, type BracketSyntax } from './nesting-depth';
export { isPathWithin, type PathRules } from './path-within';
export { absolutePathOf, memoryProjectFiles, nodeProjectFiles, projectFileExists, readProjectJson, type ProjectFiles } from './project-files';
