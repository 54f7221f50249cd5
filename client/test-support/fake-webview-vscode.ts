/**
 * The part of the `vscode` API the panel hosts use, recorded for their tests: webview panels whose
 * page the test plays (it posts `ready` and intents, reads what the host posted), commands, the
 * clipboard, opened files and URLs, messages shown.
 */
type Listener<T> = (value: T) => unknown;

export class EventEmitter<T> {
  private readonly listeners = new Set<Listener<T>>();
  readonly event = (listener: Listener<T>) => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };
  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
  dispose(): void {
    this.listeners.clear();
  }
}

export class Disposable {
  constructor(private readonly release: () => unknown) {}
  dispose(): void {
    this.release();
  }
}

export enum ViewColumn {
  Active = -1,
  Beside = -2,
  One = 1,
}

interface FakeUri {
  scheme: string;
  fsPath: string;
  toString(): string;
}

function uri(scheme: string, fsPath: string): FakeUri {
  return { scheme, fsPath, toString: () => (scheme === 'file' ? `file://${fsPath}` : fsPath) };
}

export const Uri = {
  file: (fsPath: string) => uri('file', fsPath),
  parse: (text: string) => uri(text.split(':')[0] ?? '', text),
  joinPath: (base: FakeUri, ...parts: string[]) => uri(base.scheme, [base.fsPath, ...parts].join('/')),
};

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

export class Range {
  constructor(
    readonly start: Position,
    readonly end: Position,
  ) {}
}

export class FakeWebviewPanel {
  readonly posted: unknown[] = [];
  readonly revealed: unknown[] = [];
  visible = true;
  disposed = false;
  iconPath: unknown;
  private readonly received = new EventEmitter<unknown>();
  private readonly disposedEmitter = new EventEmitter<void>();
  private readonly viewState = new EventEmitter<{ webviewPanel: FakeWebviewPanel }>();
  readonly webview = {
    html: '',
    cspSource: 'vscode-webview://test',
    asWebviewUri: (resource: FakeUri) => resource,
    postMessage: async (message: unknown) => (this.posted.push(message), true),
    onDidReceiveMessage: this.received.event,
  };
  readonly onDidDispose = this.disposedEmitter.event;
  readonly onDidChangeViewState = this.viewState.event;

  constructor(
    readonly viewType: string,
    readonly title: string,
  ) {}

  /** The page posts a message to the host. */
  fromPage(message: unknown): void {
    this.received.fire(message);
  }
  setVisible(visible: boolean): void {
    this.visible = visible;
    this.viewState.fire({ webviewPanel: this });
  }
  reveal(column?: unknown): void {
    this.revealed.push(column);
  }
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.disposedEmitter.fire();
  }
}

export const recorded = {
  panels: [] as FakeWebviewPanel[],
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  executed: [] as unknown[][],
  clipboard: '',
  opened: [] as { path: string; selection?: Range }[],
  external: [] as string[],
  messages: [] as string[],
  statusBar: [] as string[],
  existingFiles: new Set<string>(),
  folders: [] as string[],
  activeFile: undefined as string | undefined,
  reset(): void {
    this.panels = [];
    this.commands.clear();
    this.executed = [];
    this.clipboard = '';
    this.opened = [];
    this.external = [];
    this.messages = [];
    this.statusBar = [];
    this.existingFiles.clear();
    this.folders = [];
    this.activeFile = undefined;
  },
};

const message = async (text: string) => void recorded.messages.push(text);

export const window = {
  createWebviewPanel: (viewType: string, title: string) => {
    const panel = new FakeWebviewPanel(viewType, title);
    recorded.panels.push(panel);
    return panel;
  },
  get activeTextEditor() {
    return recorded.activeFile ? { document: { uri: Uri.file(recorded.activeFile) } } : undefined;
  },
  showTextDocument: async (target: FakeUri, options: { selection?: Range }) => void recorded.opened.push({ path: target.fsPath, selection: options.selection }),
  showInformationMessage: message,
  showWarningMessage: message,
  showQuickPick: async () => undefined,
  setStatusBarMessage: (text: string) => (recorded.statusBar.push(text), new Disposable(() => undefined)),
};

export const workspace = {
  get workspaceFolders() {
    return recorded.folders.map((folder) => ({ uri: Uri.file(folder) }));
  },
  asRelativePath: (target: FakeUri) => target.fsPath,
  fs: {
    stat: async (target: FakeUri) => {
      if (!recorded.existingFiles.has(target.fsPath)) throw new Error(`ENOENT: ${target.fsPath}`);
      return {};
    },
  },
};

export const commands = {
  registerCommand: (id: string, run: (...args: unknown[]) => unknown) => {
    recorded.commands.set(id, run);
    return new Disposable(() => recorded.commands.delete(id));
  },
  executeCommand: async (id: string, ...args: unknown[]) => {
    recorded.executed.push([id, ...args]);
    return recorded.commands.get(id)?.(...args);
  },
};

export const env = {
  clipboard: { writeText: async (text: string) => void (recorded.clipboard = text) },
  openExternal: async (target: FakeUri) => (recorded.external.push(target.toString()), true),
};
