/**
 * The panel's one line to its host. `acquireVsCodeApi` may be called only once per page, so every
 * panel gets its typed channel here. In the browser tests the harness provides the same function.
 */
interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export interface PanelChannel<ToHost, State> {
  post(message: ToHost): void;
  /** State kept by VS Code while the panel is hidden (retained across tab switches). */
  state(): State | undefined;
  saveState(state: State): void;
  /** Calls the listener with every message the host sends. */
  onMessage<FromHost>(listener: (message: FromHost) => void): void;
}

let api: VsCodeApi | undefined;

export function panelChannel<ToHost, State = unknown>(): PanelChannel<ToHost, State> {
  api ??= acquireVsCodeApi();
  const vscode = api;
  return {
    post: (message) => vscode.postMessage(message),
    state: () => (vscode.getState() as State | undefined) ?? undefined,
    saveState: (state) => vscode.setState(state),
    onMessage: (listener) => window.addEventListener('message', (event: MessageEvent) => listener(event.data)),
  };
}
