import { URI } from 'vscode-uri';

export function uriToPath(uri: string): string {
  return URI.parse(uri).fsPath;
}

export function pathToUri(path: string): string {
  return URI.file(path).toString();
}
