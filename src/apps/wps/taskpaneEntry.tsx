import { createRoot } from 'react-dom/client';
import { formatMessage, message } from '../../i18n/message';
import { TeamModePane } from '../../taskpane/teamMode/TeamModePane';
import { wpsApplication } from '../../hosts/wps/wpsAddinRoot';
import { wpsPane } from './wpsPaneEnvironment';

/** The task pane page WPS opens with CreateTaskPane: the same React pane as in Excel, on the WPS host. */
const root = document.getElementById('root');
const application = wpsApplication();
if (root && application?.ActiveWorkbook) {
  const { base, session } = wpsPane(application, window.localStorage, window.location.href);
  createRoot(root).render(<TeamModePane base={base} session={session} />);
} else if (root) {
  root.textContent = formatMessage(message('wps.noWorkbook'));
}
