/**
 * The contracts the extension and the language server speak: custom LSP methods, the
 * initialization options, and the settings with their types and defaults.
 */
export * from './initialization-options';
export * from './lens-settings';
export * from './lsp-extensions';
