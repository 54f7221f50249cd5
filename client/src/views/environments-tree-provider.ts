/**
 * The Environments view (`amplifyLens.environments`): projects, environments, load problems. Keeps
 * how many environments each project shows, for "Load more".
 */
import { type EnvironmentsViewNode, environmentsChildNodes } from './environments-nodes';
import type { EnvironmentsSource } from './environments-source';
import { ViewNodeTreeProvider } from './view-node-tree-provider';

export const ENVIRONMENTS_VIEW_ID = 'amplifyLens.environments';

/** Enough for every env of a Gen 1 project; Gen 2 accounts with many sandboxes page. */
export const ENVIRONMENTS_PAGE_SIZE = 50;

export class EnvironmentsTreeProvider extends ViewNodeTreeProvider<EnvironmentsViewNode> {
  private readonly shownCounts = new Map<string, number>();

  constructor(
    private readonly source: EnvironmentsSource,
    private readonly now: () => Date = () => new Date(),
  ) {
    super();
    this.disposables.push(source.onDidChange(() => this.redraw()));
  }

  protected childNodes(parent: EnvironmentsViewNode | undefined): EnvironmentsViewNode[] {
    return environmentsChildNodes(this.source.snapshots(), parent, {
      now: this.now(),
      pageSize: ENVIRONMENTS_PAGE_SIZE,
      shownCount: (projectRoot) => this.shownCounts.get(projectRoot),
    });
  }

  /** Shows one more page of the project's environments. */
  loadMore(projectRoot: string): void {
    const shown = this.shownCounts.get(projectRoot) ?? ENVIRONMENTS_PAGE_SIZE;
    this.shownCounts.set(projectRoot, shown + ENVIRONMENTS_PAGE_SIZE);
    this.redraw();
  }
}
