import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { formatMessage, message } from '../../i18n/message';
import type { WpsSpreadsheetHost } from '../../hosts/wps/wpsSpreadsheetHost';

/**
 * WPS shows one task pane for every window. While another workbook is in front, this says which workbook the
 * pane serves (its writes stay there), and offers to serve the one in front instead (the page reloads and
 * binds to it).
 */
export function ServedWorkbookNotice({ host, reload }: { host: WpsSpreadsheetHost; reload: () => void }) {
  const [active, setActive] = useState<string | null>(host.workbookName);
  useEffect(() => host.onWorkbookActivated(setActive), [host]);
  if (!active || active === host.workbookName) return null;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{formatMessage(message('wps.pane.otherWorkbook', { served: host.workbookName ?? '', active }))}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={reload}>{formatMessage(message('wps.pane.switchHere'))}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
