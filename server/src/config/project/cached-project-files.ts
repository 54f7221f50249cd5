import type { DirectoryEntry, ProjectFiles } from './project-files';

/**
 * Reads of a project's files, remembered for a short while. The project checks read dozens of
 * files on every keystroke in a config file; within `ttlMs` (and until `invalidate()`, which the
 * server calls on file-watcher events) they are read once. Texts open in an editor are not cached
 * here: the wrapped reader's overlay serves them fresh on every read.
 */
export class CachedProjectFiles implements ProjectFiles {
  private texts = new Map<string, Promise<string | undefined>>();
  private listings = new Map<string, Promise<DirectoryEntry[]>>();
  private filledAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly inner: ProjectFiles,
    private readonly isOverlaid: (relativePath: string) => boolean,
    private readonly ttlMs = 2000,
    private readonly now: () => number = Date.now,
  ) {}

  get root(): string {
    return this.inner.root;
  }

  readText(relativePath: string): Promise<string | undefined> {
    if (this.isOverlaid(relativePath)) return this.inner.readText(relativePath);
    this.expire();
    let text = this.texts.get(relativePath);
    if (!text) this.texts.set(relativePath, (text = this.inner.readText(relativePath)));
    return text;
  }

  listDirectory(relativePath: string): Promise<DirectoryEntry[]> {
    this.expire();
    let listing = this.listings.get(relativePath);
    if (!listing) this.listings.set(relativePath, (listing = this.inner.listDirectory(relativePath)));
    return listing;
  }

  invalidate(): void {
    this.texts = new Map();
    this.listings = new Map();
  }

  private expire(): void {
    const now = this.now();
    if (now - this.filledAt > this.ttlMs) {
      this.invalidate();
      this.filledAt = now;
    }
  }
}
