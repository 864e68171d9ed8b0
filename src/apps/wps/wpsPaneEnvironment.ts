import { webLightTheme } from '@fluentui/react-components';
import { localPreferences, type PaneEnvironment } from '../../taskpane/paneEnvironment';
import { BUILD_SIGN_IN } from '../../taskpane/teamMode/buildSignIn';
import { lazySignIn } from '../../taskpane/teamMode/lazySignIn';
import { TeamSession } from '../../taskpane/teamMode/teamSession';
import { openSheetMemory, openWorkbookStore } from '../../taskpane/workbookStore';
import { WpsSpreadsheetHost } from '../../hosts/wps/wpsSpreadsheetHost';
import { randomUuid } from './randomUuid';
import type { WpsAddinRoot } from '../../hosts/wps/wpsAddinRoot';

export interface WpsPane {
  /** The ET adapter itself, for what only WPS has (which workbook the pane serves). */
  host: WpsSpreadsheetHost;
  base: Omit<PaneEnvironment, 'openStore' | 'teamMode'>;
  session: TeamSession;
}

/**
 * Where the task pane runs in WPS 表格: the ET adapter over the page's `Application`, this workbook's own
 * store (local by default, like in Excel; the id is kept in the workbook's settings), ids without
 * crypto.randomUUID, preferences in the pane's localStorage. Team mode signs in through the MSAL popup:
 * WPS has no Office account to share (no nested app authentication).
 */
export function wpsPane(root: WpsAddinRoot, storage: Storage, paneUrl: string): WpsPane {
  const host = new WpsSpreadsheetHost(root);
  const newId = () => randomUuid();
  const session = new TeamSession({
    settings: host.settings,
    openLocal: () => openWorkbookStore(host.settings, newId),
    signIn: lazySignIn(async () => (await import(/* webpackChunkName: "sign-in" */ '../../taskpane/teamMode/msalSignIn')).popupSignIn(paneUrl)),
    defaults: BUILD_SIGN_IN,
  });
  return { host, base: {
    host, openSheetMemory: () => openSheetMemory(host.settings, newId), clock: () => new Date(), newId, theme: webLightTheme, preferences: localPreferences(storage),
  }, session };
}
