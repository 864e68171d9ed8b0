// Imported first by each WPS entry, so the built-ins are in place before any other module runs.
import { installOlderChromiumShims } from './olderChromium';

installOlderChromiumShims();
