/**
 * The log viewer panel: a virtualized, filterable view of a CloudWatch Logs feed that opens at the
 * newest lines and follows the tail. The host sends batches of events; the panel sends intents.
 */
import '../shared/panel-base.css';
import './log-viewer.css';
import type { LogViewerFromWebview, LogViewerToWebview } from 'amplify-lens-model/panels';
import { panelChannel } from '../shared/vscode-api';
import { LogViewerController, type ViewState } from './log-viewer-controller';
import { LogViewerView } from './log-viewer-view';

/** The setting's default; the host sends the user's value with `init`. */
const DEFAULT_BUFFER_SIZE = 10_000;

const channel = panelChannel<LogViewerFromWebview, ViewState>();
const viewer = new LogViewerController(DEFAULT_BUFFER_SIZE, (message) => channel.post(message));
viewer.restore(channel.state());
const root = document.getElementById('app') ?? document.body;
const view = new LogViewerView(root, viewer, () => channel.saveState(viewer.viewState()));

channel.onMessage<LogViewerToWebview>((message) => {
  switch (message.type) {
    case 'init':
      viewer.title = message.title;
      viewer.setMode(message.mode ?? 'logs', message.links ?? []);
      view.header.setMode(viewer.mode, viewer.links);
      view.header.setTitle(message.title, message.logGroups);
      document.title = message.title;
      applySettings(message.settings);
      break;
    case 'events':
      viewer.receive(message.events, message.dropped);
      break;
    case 'state':
      viewer.feedState = message.state;
      view.header.setState(message.state);
      break;
    case 'settings':
      applySettings(message.settings);
      break;
    case 'clear':
      viewer.clear();
      break;
  }
  view.schedule(message.type !== 'events');
});

function applySettings(settings: { bufferSize: number; timeZone: 'local' | 'utc' }): void {
  if (settings.bufferSize !== viewer.buffer.capacity) {
    viewer.buffer.resize(settings.bufferSize);
    viewer.rowsDirty = true;
  }
  viewer.zone = settings.timeZone;
}

view.header.setState(viewer.feedState);
view.schedule(true);
channel.post({ type: 'ready' });
