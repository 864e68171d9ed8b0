import type { RegisterWorkspace } from './registerWorkspace';

/**
 * The register the task pane has open in this page. In Excel the ribbon's commands run in the pane's page (the
 * shared runtime), so a command asks here first and works from the one register — its store and its history —
 * rather than from the sheet's cells alone.
 */
let served: RegisterWorkspace | null = null;

/** The pane serves `workspace` until the returned function is called (when it closes or reopens). */
export function serveWorkspace(workspace: RegisterWorkspace): () => void {
  served = workspace;
  return () => {
    if (served === workspace) served = null;
  };
}

export function servedWorkspace(): RegisterWorkspace | null {
  return served;
}
