/**
 * What a tree row shows, as plain data. The `*-nodes.ts` files turn environment snapshots into these
 * without touching `vscode`, so every label, icon and command is unit-tested; a thin adapter
 * (`view-node-tree-provider.ts`) turns them into `vscode.TreeItem`s.
 */
import type { ViewNodeIcon } from 'amplify-lens-model/presentation';

export type { ViewNodeIcon };

export interface ViewNodeCommand {
  command: string;
  title: string;
  arguments?: unknown[];
}

export type ViewNodeCollapse = 'none' | 'collapsed' | 'expanded';

export interface ViewNode {
  /** Stable across refreshes, so VS Code keeps expansion and selection. Unique within its tree. */
  id: string;
  label: string;
  description?: string;
  icon?: ViewNodeIcon;
  /** Markdown source (theme icons like `$(pass)` allowed); untrusted: no command links. */
  tooltip?: string;
  /** Matched by `viewItem` in `view/item/context` menus. */
  contextValue?: string;
  /** Runs when the row is clicked. */
  command?: ViewNodeCommand;
  collapse: ViewNodeCollapse;
}
