/**
 * vscode-languageclient, loaded when the server starts rather than at activation: the build makes
 * this module a bundle of its own (client/out/language-client.js). Import it only with `import()`.
 */
export { CloseAction, ErrorAction, LanguageClient, TransportKind } from 'vscode-languageclient/node';
