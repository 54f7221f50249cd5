/**
 * What a Hosting command is about, from its arguments: a row of the view (a node), or the plain
 * strings a row's click passes (`projectRoot, branchName, jobId, stepName`). Anything else — a
 * command run from the palette, a link from elsewhere — yields undefined or only what is a string.
 */
export interface HostingRef {
  projectRoot: string;
  branchName?: string;
  jobId?: string;
  stepName?: string;
  appId?: string;
}

export function hostingRef(args: readonly unknown[]): HostingRef | undefined {
  const [first, ...rest] = args;
  const text = (value: unknown) => (typeof value === 'string' && value.length > 0 && value.length < 1024 ? value : undefined);
  if (first && typeof first === 'object') {
    const node = first as Record<string, unknown>;
    const projectRoot = text(node.projectRoot);
    return projectRoot
      ? { projectRoot, branchName: text(node.branchName), jobId: text(node.jobId), stepName: text(node.stepName), appId: text(node.appId) }
      : undefined;
  }
  const projectRoot = text(first);
  return projectRoot ? { projectRoot, branchName: text(rest[0]), jobId: text(rest[1]), stepName: text(rest[2]) } : undefined;
}
