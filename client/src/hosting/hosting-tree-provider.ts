/**
 * The Hosting view (`amplifyLens.hosting`): the service's state as rows. Opening a branch reads
 * its jobs, opening a job its steps; the service answers and the view redraws.
 */
import { ViewNodeTreeProvider } from '../views/view-node-tree-provider';
import { hostingChildNodes, type HostingViewNode } from './hosting-nodes';
import type { HostingService } from './hosting-service';

export class HostingTreeProvider extends ViewNodeTreeProvider<HostingViewNode> {
  loading = true;

  constructor(private readonly service: HostingService) {
    super();
    this.disposables.push(service.onDidChange(() => this.redraw()));
  }

  protected childNodes(parent: HostingViewNode | undefined): HostingViewNode[] {
    return hostingChildNodes(this.service.snapshots(), parent, { now: new Date(), loading: this.loading });
  }

  /** Called when the user opens a row. */
  expanded(node: HostingViewNode): void {
    if (node.kind === 'branch') void this.service.expandBranch(node.projectRoot, node.branchName).catch(() => undefined);
    if (node.kind === 'job') void this.service.expandJob(node.projectRoot, node.branchName, node.jobId).catch(() => undefined);
  }

  setLoading(loading: boolean): void {
    if (this.loading === loading) return;
    this.loading = loading;
    this.redraw();
  }
}
