import { runHostContract } from './hostContract';
import { wpsHarness } from './wpsFake/wpsHarness';

runHostContract('WPS 表格 (ET object model on the fake)', () => wpsHarness());
runHostContract('WPS 表格 (a build whose ApiEvent ignores EnableEvents)', () => wpsHarness({ eventsHonourEnableEvents: false }));
