/**
 * The shared config and credentials files, read through the SDK's own loader: profiles, regions,
 * SSO sessions. A bundle of its own (client/out/aws-config.js), lighter than the AWS clients', that
 * the profile picker, the status bar and sign-in load on first use. Import it only with `import()`.
 */
export { defaultProfileName, listProfiles, resolveRegion, resolveRegionWithOrigin, type AwsProfile, type RegionOrigin } from './aws-profiles';
export { readSharedConfigFiles, sharedConfigPaths, type SharedConfigFiles } from './shared-config-files';
