/// <reference types="office-js" />
import { createRoot } from 'react-dom/client';
import { formatMessage, message } from '../i18n/message';
import { selectHost } from './hostSelection';
import { officeTheme } from './officeTheme';
import { localPreferences } from './paneEnvironment';
import { BUILD_SIGN_IN } from './teamMode/buildSignIn';
import { lazySignIn } from './teamMode/lazySignIn';
import { TeamModePane } from './teamMode/TeamModePane';
import { TeamSession } from './teamMode/teamSession';
import { openSheetMemory, openWorkbookStore } from './workbookStore';

/** The signed-in Office user, so MSAL can sign in without asking; older Office builds cannot say. */
async function officeLoginHint(): Promise<string | undefined> {
  try {
    return (await Office.auth.getAuthContext()).userPrincipalName;
  } catch {
    return undefined;
  }
}

/**
 * The Excel task pane: wait for Office, pick the host, open this workbook's store (local, or the team's
 * SharePoint lists once an admin connected the workbook), render the pane.
 */
Office.onReady(async (info) => {
  const root = createRoot(document.getElementById('root')!);
  const host = await selectHost(info);
  if (!host) {
    root.render(<p role="alert">{formatMessage(message('taskpane.hostUnsupported', { host: String(info.host) }))}</p>);
    return;
  }
  const newId = () => crypto.randomUUID();
  const session = new TeamSession({
    settings: host.settings,
    openLocal: () => openWorkbookStore(host.settings, newId),
    signIn: lazySignIn(async () => (await import(/* webpackChunkName: "sign-in" */ './teamMode/msalSignIn')).officeSignIn(window.location.href, officeLoginHint)),
    defaults: BUILD_SIGN_IN,
  });
  const base = {
    host, openSheetMemory: () => openSheetMemory(host.settings, newId), clock: () => new Date(), newId, theme: officeTheme(), preferences: localPreferences(window.localStorage),
  };
  root.render(<TeamModePane base={base} session={session} />);
});
