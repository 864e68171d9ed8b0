import { Spinner } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { RegisterWorkspace } from '../../app/registerWorkspace';
import { useTexts } from '../localeContext';
import { useWorkspaceVersion } from '../useWorkspace';

/**
 * Views built from every customer's calls and visits (我的客户, 看板) wait for the log: an open reads the
 * contact lines after the name field works, and a view from part of them would show wrong counts.
 */
export function HistoryGate({ workspace, children }: { workspace: RegisterWorkspace; children: ReactNode }) {
  const { t } = useTexts();
  useWorkspaceVersion(workspace);
  if (!workspace.historyComplete) return <Spinner size="small" label={t('taskpane.loadingHistory')} data-testid="history-loading" />;
  return <>{children}</>;
}
