export declare const SOURCE_ROOTS: string[];
export interface FolderEdge {
  parent: string;
  from: string;
  to: string;
}
export declare function relativeImports(text: string): string[];
export declare function siblingEdge(root: string, fromFile: string, toFile: string): FolderEdge | undefined;
export declare function folderEdges(root: string): Map<string, FolderEdge & { imports: { file: string; specifier: string }[] }>;
export declare function folderCycles(edges: Map<string, FolderEdge>): string[][];
export declare function repositoryCycles(
  repoRoot: string,
): { root: string; folders: string[]; edges: (FolderEdge & { imports: { file: string; specifier: string }[] })[] }[];
