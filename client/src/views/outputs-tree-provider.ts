/**
 * The Outputs view (`amplifyLens.outputs`): the followed environment's outputs, secrets masked.
 */
import type { EnvironmentFocusTracker } from './environment-focus-tracker';
import { type OutputsViewNode, outputsChildNodes } from './outputs-nodes';
import { ViewNodeTreeProvider } from './view-node-tree-provider';

export const OUTPUTS_VIEW_ID = 'amplifyLens.outputs';

export class OutputsTreeProvider extends ViewNodeTreeProvider<OutputsViewNode> {
  constructor(private readonly focus: EnvironmentFocusTracker) {
    super();
    this.disposables.push(focus.onDidChange(() => this.redraw()));
  }

  protected childNodes(parent: OutputsViewNode | undefined): OutputsViewNode[] {
    return outputsChildNodes(parent ? undefined : this.focus.current(), parent);
  }
}
