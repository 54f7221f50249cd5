export { INJECTABLE_ERRORS, type InjectableErrorCode } from './aws-query-error';
export * from './cloudformation-model';
export { listenFakeCloudFormation, type FakeCloudFormationServer } from './fake-cloudformation';
export {
  FakeCloudFormationState,
  type EventInput,
  type FakeCloudFormationStateOptions,
  type InjectErrorOptions,
} from './fake-cloudformation-state';
export { startFakeAws, type FakeAws } from './start-fake-aws';
export * from './seeds';
export * from './logs';
export * from './hosting';
export * from './scenarios';
