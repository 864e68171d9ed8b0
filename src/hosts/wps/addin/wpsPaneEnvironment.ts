import { webLightTheme } from '@fluentui/react-components';
import { LocalClaimStore } from '../../../store/local/localClaimStore';
import { localPreferences, type PaneEnvironment } from '../../../taskpane/paneEnvironment';
import { WpsSpreadsheetHost } from '../wpsSpreadsheetHost';
import { randomUuid } from './randomUuid';
import type { WpsAddinRoot } from './wpsAddinRoot';

/**
 * Where the task pane runs in WPS 表格: the ET adapter over the page's `Application`, the local IndexedDB store
 * (the default; WPS has no Office sign-in to share), ids without crypto.randomUUID, preferences in the pane's
 * localStorage.
 */
export function wpsPaneEnvironment(root: WpsAddinRoot, storage: Storage): PaneEnvironment {
  const store = LocalClaimStore.open();
  return {
    host: new WpsSpreadsheetHost(root),
    openStore: async () => store,
    clock: () => new Date(),
    newId: () => randomUuid(),
    theme: webLightTheme,
    preferences: localPreferences(storage),
  };
}
