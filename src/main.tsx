/** Entry: render the app, connect the model worker, register the service worker. */
import { render } from 'preact';
// Global tokens first, so component modules override them.
import './app/global.css';
import { App } from './app/App';
import { EngineClient } from './worker/client';
import { connectEngine } from './app/state/engine';
import { registerServiceWorker, setReloadGuard } from './app/state/update';
import { streamingId } from './app/state/conversation';
import { phase } from './app/state/model';

connectEngine(new EngineClient());
setReloadGuard(() => streamingId.value === null && !['downloading', 'verifying', 'loading'].includes(phase.value.kind));
registerServiceWorker();
render(<App />, document.getElementById('app')!);
