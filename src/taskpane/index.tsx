/// <reference types="office-js" />
import { createRoot } from 'react-dom/client';
import { formatMessage, message } from '../i18n/message';
import { TaskPane } from './components/TaskPane';
import { selectHost } from './hostSelection';
import { officeTheme } from './officeTheme';
import { localPreferences, type PaneEnvironment } from './paneEnvironment';
import { openWorkbookStore } from './workbookStore';

/** The Excel task pane: wait for Office, pick the host, open this workbook's store, render the pane. */
Office.onReady(async (info) => {
  const root = createRoot(document.getElementById('root')!);
  const host = await selectHost(info);
  if (!host) {
    root.render(<p role="alert">{formatMessage(message('taskpane.hostUnsupported', { host: String(info.host) }))}</p>);
    return;
  }
  const newId = () => crypto.randomUUID();
  const environment: PaneEnvironment = {
    host,
    openStore: () => openWorkbookStore(host.settings, newId),
    clock: () => new Date(),
    newId,
    theme: officeTheme(),
    preferences: localPreferences(window.localStorage),
  };
  root.render(<TaskPane environment={environment} />);
});
