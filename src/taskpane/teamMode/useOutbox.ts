import { useCallback, useEffect, useState } from 'react';
import type { OutboxView, TeamMode } from './teamMode';

/** How often the sync state is re-read while the settings are open (the engine syncs in the background). */
const OUTBOX_REFRESH_MS = 5_000;

/** The outbox and refused edits of a connected workbook, kept fresh; `reload` after an action. */
export function useOutbox(teamMode: TeamMode | undefined, workspaceVersion: number): { outbox: OutboxView | null; reload: () => void } {
  const [outbox, setOutbox] = useState<OutboxView | null>(null);
  const reload = useCallback(() => {
    if (!teamMode?.available) return;
    teamMode.outbox().then(setOutbox, (error: unknown) => console.error('claim register: reading the outbox failed', error));
  }, [teamMode]);
  useEffect(() => {
    reload();
    const timer = setInterval(reload, OUTBOX_REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload, workspaceVersion]);
  return { outbox, reload };
}
