import { useEffect, useState } from 'react';
import type { PaneEnvironment } from './paneEnvironment';
import { loadNameMatcher } from './workspace/nameMatcher';
import { RegisterWorkspace } from './workspace/registerWorkspace';

export type WorkspaceState =
  | { status: 'loading' }
  | { status: 'ready'; workspace: RegisterWorkspace }
  | { status: 'failed'; error: string };

/**
 * Opens the register once the pane has painted: the matcher's dictionaries and the store load in
 * parallel, then the sheet is brought up to date.
 */
export function useOpenWorkspace(environment: PaneEnvironment): WorkspaceState {
  const [state, setState] = useState<WorkspaceState>({ status: 'loading' });
  useEffect(() => {
    let disposed = false;
    let opened: RegisterWorkspace | null = null;
    Promise.all([loadNameMatcher(), environment.openStore()])
      .then(([matcher, store]) => RegisterWorkspace.open({
        host: environment.host, store, matcher, clock: environment.clock, newId: environment.newId,
        currentUser: environment.preferences.user(),
      }))
      .then((workspace) => {
        opened = workspace;
        if (disposed) workspace.dispose();
        else setState({ status: 'ready', workspace });
      })
      .catch((error: unknown) => {
        console.error('Opening the register failed', error);
        if (!disposed) setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      disposed = true;
      opened?.dispose();
    };
  }, [environment]);
  return state;
}
