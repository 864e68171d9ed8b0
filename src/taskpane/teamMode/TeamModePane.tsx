import { useMemo, useSyncExternalStore } from 'react';
import { TaskPane } from '../components/TaskPane';
import type { PaneEnvironment } from '../paneEnvironment';
import type { TeamSession } from './teamSession';

/**
 * The task pane with team mode: when the admin connects or disconnects, the session switches store and the
 * pane gets a new environment, so it reopens its workspace on the new store (tab and language stay).
 */
export function TeamModePane({ base, session }: { base: Omit<PaneEnvironment, 'openStore' | 'teamMode'>; session: TeamSession }) {
  const version = useSyncExternalStore((listener) => session.subscribe(listener), () => session.version);
  // A new object per store switch (`version`) is what makes the pane reopen its workspace.
  const environment = useMemo<PaneEnvironment>(
    () => ({ ...base, openStore: () => session.openStore(), teamMode: session.controls }),
    [base, session, version],
  );
  return <TaskPane environment={environment} />;
}
