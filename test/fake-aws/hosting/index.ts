/** The fake Amplify Hosting: restJson1 routes, jobs that advance with the clock, presigned step logs, seeds. */
export { buildLogs, buildPlan, type BuildKind, type BuildLogContext } from './build-log-script';
export {
  FakeHostingState,
  type AddAppInput,
  type AddBranchInput,
  type AddJobInput,
  type FakeHostingStateOptions,
  type JobTiming,
} from './fake-hosting-state';
export { HOSTING_CONTROL_PATH, listenFakeHosting, type FakeHostingServer, type RecordedHostingRequest } from './fake-hosting-server';
export { INJECTABLE_HOSTING_ERRORS, type InjectableHostingErrorCode } from './hosting-json-error';
export * from './hosting-model';
export {
  gen1HostingSeed,
  gen2HostingSeed,
  manyBranchesSeed,
  type Gen1HostingSeedOptions,
  type Gen2HostingSeedOptions,
  type HostingSeed,
} from './hosting-seed';
export { jobView, renderLogText, visibleLogLines, type FakeJobView, type FakeStepView } from './job-timeline';
export { startFakeHosting, type FakeHosting } from './start-fake-hosting';
