/**
 * The log viewers Lens opened and has not seen closed, so "Stop Tailing Logs" and the end of a debug
 * run can close them; closing a viewer stops its feed.
 */
export interface ViewerHandle {
  dispose(): void;
  onDidClose(listener: () => void): { dispose(): void };
}

export class LogTailRegistry {
  private readonly open = new Set<ViewerHandle>();

  add(viewer: ViewerHandle): ViewerHandle {
    this.open.add(viewer);
    viewer.onDidClose(() => this.open.delete(viewer));
    return viewer;
  }

  get size(): number {
    return this.open.size;
  }

  closeAll(): number {
    const viewers = [...this.open];
    this.open.clear();
    for (const viewer of viewers) viewer.dispose();
    return viewers.length;
  }
}
