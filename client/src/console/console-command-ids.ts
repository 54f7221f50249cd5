/** "Open in AWS Console" on resource rows; registered at activation, its work loaded on first use. */
export const OPEN_IN_AWS_CONSOLE_COMMAND = 'amplifyLens.openInAwsConsole';
