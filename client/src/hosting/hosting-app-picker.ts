/**
 * "Choose Amplify App…": the apps that matched the project, else every app of the region
 * (ListApps), each with its repository; the choice is remembered for the project until cleared.
 */
import * as vscode from 'vscode';
import { classifyAwsError } from '../aws/aws-problem-classifier';
import type { HostingApp } from '../aws/hosting-types';
import { describeAppSource } from './hosting-app-discovery';
import type { HostingService } from './hosting-service';

interface AppPick extends vscode.QuickPickItem {
  appId?: string;
}

export async function chooseHostingApp(service: HostingService, projectRoot: string | undefined, appId: string | undefined): Promise<void> {
  const project =
    service.snapshots().find((state) => state.projectRoot === projectRoot) ??
    (service.snapshots().length === 1 ? service.snapshots()[0] : undefined);
  if (!project) return void vscode.window.showInformationMessage('Open the Hosting view to choose the app of a project.');
  if (appId) return service.chooseApp(project.projectRoot, appId);
  let apps: { app: HostingApp; detail?: string }[];
  if (project.candidates?.length) {
    apps = project.candidates.map((candidate) => ({ app: candidate.app, detail: describeAppSource(candidate.source) }));
  } else {
    try {
      const gateway = await service.gatewayFor(project);
      apps = (await vscode.window.withProgress({ location: { viewId: 'amplifyLens.hosting' } }, () => gateway.listApps())).map((app) => ({
        app,
      }));
    } catch (error) {
      return void vscode.window.showErrorMessage(
        classifyAwsError(error, { region: project.region, profile: project.profile, service: 'Amplify Hosting' }).message,
      );
    }
  }
  const picks: AppPick[] = apps.map(({ app, detail }) => ({
    label: app.name,
    description: app.appId,
    detail: detail ?? app.repository ?? 'deployed manually (no repository)',
    appId: app.appId,
  }));
  if (project.source?.kind === 'chosen') picks.push({ label: '$(clear-all) Forget my choice', detail: 'Find the app again from the project' });
  if (picks.length === 0)
    return void vscode.window.showInformationMessage(`No Amplify app in ${project.region}. Switch the AWS region or profile to look elsewhere.`);
  const picked = await vscode.window.showQuickPick(picks, {
    title: `Amplify app of ${project.label}`,
    placeHolder: `Apps in ${project.region}`,
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked) await service.chooseApp(project.projectRoot, picked.appId);
}
