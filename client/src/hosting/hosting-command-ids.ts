/**
 * The Hosting commands. Rows, problems and notifications name them; the extension registers them
 * in register-hosting.ts; package.json contributes them under the same ids.
 */
export const HOSTING_COMMANDS = {
  refresh: 'amplifyLens.hosting.refresh',
  /** Arguments: `[projectRoot]`; asks which app (the candidates, or ListApps). */
  chooseApp: 'amplifyLens.hosting.chooseApp',
  redeploy: 'amplifyLens.hosting.redeploy',
  retryJob: 'amplifyLens.hosting.retryJob',
  stopJob: 'amplifyLens.hosting.stopJob',
  openBranchUrl: 'amplifyLens.hosting.openBranchUrl',
  openInConsole: 'amplifyLens.hosting.openInConsole',
  showJobLogs: 'amplifyLens.hosting.showJobLogs',
  showStepLog: 'amplifyLens.hosting.showStepLog',
  showBackendTimeline: 'amplifyLens.hosting.showBackendTimeline',
  loadMoreJobs: 'amplifyLens.hosting.loadMoreJobs',
} as const;

export const HOSTING_VIEW_ID = 'amplifyLens.hosting';
