import { createRoot } from 'react-dom/client';
import { formatMessage, message } from '../../i18n/message';
import { TeamModePane } from '../../taskpane/teamMode/TeamModePane';
import { wpsApplication } from '../../hosts/wps/wpsAddinRoot';
import { servedWorkspace } from '../../app/servedWorkspace';
import { lastMonthSummary } from '../../commands/ribbonCommands';
import { answerPaneRequests, PANE_WAIT } from './paneRequests';
import { ServedWorkbookNotice } from './ServedWorkbookNotice';
import { rememberPaneWorkbook } from './taskPaneWindow';
import { wpsPane } from './wpsPaneEnvironment';

/**
 * The task pane page WPS opens with CreateTaskPane: the same React pane as in Excel, on the WPS host, bound
 * to the workbook in front when the page loads (and saying so when another window comes in front).
 */
const root = document.getElementById('root');
const application = wpsApplication();
if (root && application?.ActiveWorkbook) {
  const { host, base, session } = wpsPane(application, window.localStorage, window.location.href);
  if (host.workbookName) {
    rememberPaneWorkbook(application, host.workbookName);
    // The ribbon's buttons run in another page: they reach this page's register model through PluginStorage.
    answerPaneRequests(application, host.workbookName, servedWorkspace, { monthlySummary: lastMonthSummary }, PANE_WAIT.pollMs);
  }
  createRoot(root).render(
    <>
      <ServedWorkbookNotice host={host} reload={() => window.location.reload()} />
      <TeamModePane base={base} session={session} />
    </>,
  );
} else if (root) {
  root.textContent = formatMessage(message('wps.noWorkbook'));
}
