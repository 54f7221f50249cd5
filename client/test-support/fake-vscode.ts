/**
 * Just enough of the `vscode` API for the views' adapters to run under Vitest: tree views whose
 * visibility the test flips, a status bar item, commands, a clipboard, configuration and window
 * focus. It records what the adapters did so tests can look.
 */
type Listener<T> = (event: T) => unknown;

export class EventEmitter<T> {
  private listeners = new Set<Listener<T>>();
  readonly event = (listener: Listener<T>) => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };
  fire(event: T): void {
    for (const listener of [...this.listeners]) listener(event);
  }
  dispose(): void {
    this.listeners.clear();
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
export const Uri = { file: (fsPath: string) => ({ scheme: 'file', fsPath }) };

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

export const recorded = {
  treeViews: new Map<string, FakeTreeView<unknown>>(),
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  executed: [] as unknown[][],
  clipboard: '',
  statusMessages: [] as string[],
  statusBar: { text: '', tooltip: undefined as unknown, visible: false, backgroundColor: undefined as unknown },
  settings: new Map<string, unknown>(),
  windowState: new EventEmitter<{ focused: boolean }>(),
  configuration: new EventEmitter<{ affectsConfiguration(key: string): boolean }>(),
  reset(): void {
    this.treeViews.clear();
    this.commands.clear();
    this.executed = [];
    this.clipboard = '';
    this.statusMessages = [];
    this.settings.clear();
  },
};

export const window = {
  state: { focused: true },
  activeTextEditor: undefined,
  onDidChangeActiveTextEditor: new EventEmitter<unknown>().event,
  onDidChangeWindowState: recorded.windowState.event,
  createTreeView<T>(id: string, options: { treeDataProvider: FakeTreeView<T>['treeDataProvider'] }) {
    const view = new FakeTreeView<T>(id, options.treeDataProvider);
    recorded.treeViews.set(id, view as FakeTreeView<unknown>);
    return view;
  },
  createStatusBarItem() {
    const item = recorded.statusBar;
    return Object.assign(item, {
      name: '',
      command: undefined as unknown,
      show: () => (item.visible = true),
      hide: () => (item.visible = false),
      dispose: () => undefined,
    });
  },
  withProgress: (_options: unknown, task: () => Promise<unknown>) => task(),
  setStatusBarMessage: (text: string) => {
    recorded.statusMessages.push(text);
    return { dispose: () => undefined };
  },
  showInformationMessage: async (text: string) => {
    recorded.statusMessages.push(text);
  },
  showWarningMessage: async (text: string) => {
    recorded.statusMessages.push(text);
  },
};

export const workspace = {
  // Settings are recorded by their full key (`amplifyLens.logs.bufferSize`), as VS Code names them.
  getConfiguration: (section?: string) => ({
    get: <T>(key: string, fallback?: T) => (recorded.settings.get(section ? `${section}.${key}` : key) as T) ?? fallback,
  }),
  onDidChangeConfiguration: recorded.configuration.event,
  fs: { stat: async () => ({}) },
};

export const commands = {
  registerCommand(id: string, handler: (...args: unknown[]) => unknown) {
    recorded.commands.set(id, handler);
    return { dispose: () => recorded.commands.delete(id) };
  },
  async executeCommand(id: string, ...args: unknown[]) {
    recorded.executed.push([id, ...args]);
    return recorded.commands.get(id)?.(...args);
  },
};

export const env = {
  clipboard: {
    writeText: async (text: string) => {
      recorded.clipboard = text;
    },
  },
};
