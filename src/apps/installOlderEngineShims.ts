// The first module of every entry (webpack.config.js), so the built-ins are in place before any other runs.
import { installOlderEngineShims } from './olderEngines';

installOlderEngineShims();
