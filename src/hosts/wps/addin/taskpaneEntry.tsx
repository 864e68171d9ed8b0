import './shimOlderChromium';
import { createRoot } from 'react-dom/client';
import { formatMessage, message } from '../../../i18n/message';
import { TaskPane } from '../../../taskpane/components/TaskPane';
import { wpsApplication } from './wpsAddinRoot';
import { wpsPaneEnvironment } from './wpsPaneEnvironment';

/** The task pane page WPS opens with CreateTaskPane: the same React pane as in Excel, on the WPS host. */
const root = document.getElementById('root');
const application = wpsApplication();
if (root && application?.ActiveWorkbook) {
  createRoot(root).render(<TaskPane environment={wpsPaneEnvironment(application, window.localStorage)} />);
} else if (root) {
  root.textContent = formatMessage(message('wps.noWorkbook'));
}
