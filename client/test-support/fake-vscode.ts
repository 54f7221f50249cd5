/**
 * The one fake of the `vscode` API for the client's unit tests (`vi.mock('vscode', () =>
 * import('…/test-support/fake-vscode'))`): just enough for the views' adapters and the panel hosts
 * to run under Vitest. Tree views whose visibility the test flips, a status bar item, webview
 * panels whose page the test plays (it posts `ready` and intents, reads what the host posted),
 * commands, the clipboard, configuration, window focus, opened files and URLs, messages shown. It
 * records what the code under test did so tests can look; `recorded.reset()` between tests.
 * The extension itself is tested against the real API in test/vscode.
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

export enum TreeItemCollapsibleState {
  None = 0,
  Collapsed = 1,
  Expanded = 2,
}
export enum StatusBarAlignment {
  Left = 1,
  Right = 2,
}
export enum ViewColumn {
  Active = -1,
  Beside = -2,
  One = 1,
}

export class TreeItem {
  id?: string;
  description?: string;
  contextValue?: string;
  iconPath?: unknown;
  tooltip?: unknown;
  command?: unknown;
  constructor(
    public label: string,
    public collapsibleState: TreeItemCollapsibleState,
  ) {}
}
export class ThemeIcon {
  constructor(
    public id: string,
    public color?: ThemeColor,
  ) {}
}
export class ThemeColor {
  constructor(public id: string) {}
}
export class MarkdownString {
  isTrusted?: unknown;
  constructor(
    public value: string,
    public supportThemeIcons?: boolean,
  ) {}
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

export class FakeTreeView<T> {
  visible = false;
  description?: string;
  readonly visibility = new EventEmitter<{ visible: boolean }>();
  readonly selection = new EventEmitter<{ selection: T[] }>();
  readonly onDidChangeVisibility = this.visibility.event;
  readonly onDidChangeSelection = this.selection.event;
  constructor(
    public id: string,
    public treeDataProvider: { getChildren(parent?: T): T[]; getTreeItem(node: T): TreeItem },
  ) {}
  setVisible(visible: boolean): void {
    this.visible = visible;
    this.visibility.fire({ visible });
  }
  dispose(): void {}
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
  treeViews: new Map<string, FakeTreeView<unknown>>(),
  panels: [] as FakeWebviewPanel[],
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  executed: [] as unknown[][],
  clipboard: '',
  /** What `show…Message` showed. */
  messages: [] as string[],
  /** What `setStatusBarMessage` showed. */
  statusMessages: [] as string[],
  /** The one status bar item `createStatusBarItem` hands out. */
  statusBarItem: { text: '', tooltip: undefined as unknown, visible: false, backgroundColor: undefined as unknown },
  opened: [] as { path: string; selection?: Range }[],
  external: [] as string[],
  existingFiles: new Set<string>(),
  folders: [] as string[],
  activeFile: undefined as string | undefined,
  /** Settings by their full key (`amplifyLens.logs.bufferSize`), as VS Code names them. */
  settings: new Map<string, unknown>(),
  windowState: new EventEmitter<{ focused: boolean }>(),
  configuration: new EventEmitter<{ affectsConfiguration(key: string): boolean }>(),
  reset(): void {
    this.treeViews.clear();
    this.panels = [];
    this.commands.clear();
    this.executed = [];
    this.clipboard = '';
    this.messages = [];
    this.statusMessages = [];
    this.opened = [];
    this.external = [];
    this.existingFiles.clear();
    this.folders = [];
    this.activeFile = undefined;
    this.settings.clear();
  },
};

const message = async (text: string) => void recorded.messages.push(text);

export const window = {
  state: { focused: true },
  get activeTextEditor() {
    return recorded.activeFile ? { document: { uri: Uri.file(recorded.activeFile) } } : undefined;
  },
  onDidChangeActiveTextEditor: new EventEmitter<unknown>().event,
  onDidChangeWindowState: recorded.windowState.event,
  createTreeView<T>(id: string, options: { treeDataProvider: FakeTreeView<T>['treeDataProvider'] }) {
    const view = new FakeTreeView<T>(id, options.treeDataProvider);
    recorded.treeViews.set(id, view as FakeTreeView<unknown>);
    return view;
  },
  createStatusBarItem() {
    const item = recorded.statusBarItem;
    return Object.assign(item, {
      name: '',
      command: undefined as unknown,
      show: () => (item.visible = true),
      hide: () => (item.visible = false),
      dispose: () => undefined,
    });
  },
  createWebviewPanel: (viewType: string, title: string) => {
    const panel = new FakeWebviewPanel(viewType, title);
    recorded.panels.push(panel);
    return panel;
  },
  showTextDocument: async (target: FakeUri, options: { selection?: Range }) =>
    void recorded.opened.push({ path: target.fsPath, selection: options.selection }),
  withProgress: (_options: unknown, task: () => Promise<unknown>) => task(),
  setStatusBarMessage: (text: string) => (recorded.statusMessages.push(text), new Disposable(() => undefined)),
  showInformationMessage: message,
  showWarningMessage: message,
  showQuickPick: async () => undefined,
};

export const workspace = {
  get workspaceFolders() {
    return recorded.folders.map((folder) => ({ uri: Uri.file(folder) }));
  },
  asRelativePath: (target: FakeUri) => target.fsPath,
  getConfiguration: (section?: string) => ({
    get: <T>(key: string, fallback?: T) => (recorded.settings.get(section ? `${section}.${key}` : key) as T) ?? fallback,
  }),
  onDidChangeConfiguration: recorded.configuration.event,
  fs: {
    /** A file exists when the test lists it in `recorded.existingFiles`. */
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
