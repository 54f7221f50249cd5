/**
 * The Resources view (`amplifyLens.resources`): the followed environment's resources by category.
 */
import type { EnvironmentFocusTracker } from './environment-focus-tracker';
import { type ResourcesViewNode, resourcesChildNodes } from './resources-nodes';
import { ViewNodeTreeProvider } from './view-node-tree-provider';

export const RESOURCES_VIEW_ID = 'amplifyLens.resources';

export class ResourcesTreeProvider extends ViewNodeTreeProvider<ResourcesViewNode> {
  constructor(private readonly focus: EnvironmentFocusTracker) {
    super();
    this.disposables.push(focus.onDidChange(() => this.redraw()));
  }

  protected childNodes(parent: ResourcesViewNode | undefined): ResourcesViewNode[] {
    return resourcesChildNodes(parent ? undefined : this.focus.current(), parent);
  }
}
