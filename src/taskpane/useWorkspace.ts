import { useSyncExternalStore } from 'react';
import type { RegisterWorkspace } from '../app/registerWorkspace';

/** Re-renders the caller whenever the workspace changed (store, sheet, current user); returns its version. */
export function useWorkspaceVersion(workspace: RegisterWorkspace): number {
  return useSyncExternalStore(
    (listener) => workspace.subscribe(listener),
    () => workspace.version,
  );
}
