export { CONTROL_PREFIX, FakeAwsControl, type ControlEvent, type DeployProgress, type StartDeployRequest } from './fake-aws-control';
