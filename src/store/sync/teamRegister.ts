import type { ClaimStoreReader } from '../claimStore';
import { LocalClaimStore } from '../local/localClaimStore';
import { RegisterDatabase, type IndexedDbSource } from '../local/registerDatabase';
import { RegisterMirror } from '../local/registerMirror';
import { connectSharePoint, type SharePointConfig } from '../sharepoint/connectSharePoint';
import type { GraphConnection } from '../sharepoint/graphClient';
import type { Provisioned } from '../sharepoint/provisioning';
import type { SharePointClaimStore } from '../sharepoint/sharePointClaimStore';
import { SyncEngine } from './syncEngine';
import { SyncJournal } from './syncJournal';

/** How often the pane looks for colleagues' changes when nothing else triggers a sync. */
export const AUTO_SYNC_INTERVAL_MS = 30_000;

/**
 * A workbook in team mode: the SharePoint store for writes (through the outbox), a local copy for reads,
 * and the engine between them. The copy and the outbox are named after the site's customers list, so two
 * teams' registers on one machine never mix.
 */
export interface TeamRegister {
  remote: SharePointClaimStore;
  /** Reads for the task pane and the name lookup: the local copy, current as of the last sync. */
  reader: ClaimStoreReader;
  sync: SyncEngine;
  /** Syncs now, then every `intervalMs` and whenever the browser comes back online; returns the stop function. */
  startAutoSync(intervalMs?: number): () => void;
  close(): void;
}

export function openTeamRegister(remote: SharePointClaimStore, source?: IndexedDbSource): TeamRegister {
  const scope = remote.lists.ids.customers;
  const mirrorDb = new RegisterDatabase(`claim-register-team-${scope}`, source);
  const journal = new SyncJournal(`claim-register-outbox-${scope}`, source);
  const sync = new SyncEngine(remote, new RegisterMirror(mirrorDb), journal);
  return {
    remote,
    reader: new LocalClaimStore(mirrorDb),
    sync,
    startAutoSync(intervalMs = AUTO_SYNC_INTERVAL_MS) {
      const run = (): void => {
        // Being offline is part of the report; anything thrown here is a bug worth seeing in the console.
        sync.sync().catch((error: unknown) => console.error('claim register: sync failed', error));
      };
      run();
      const timer = setInterval(run, intervalMs);
      globalThis.addEventListener?.('online', run);
      return () => {
        clearInterval(timer);
        globalThis.removeEventListener?.('online', run);
      };
    },
    close() {
      mirrorDb.close();
      journal.close();
    },
  };
}

/** The service the task pane's "switch to SharePoint" calls: connect, open the copy and outbox, first sync. */
export async function connectTeamRegister(
  config: SharePointConfig, connection: GraphConnection, source?: IndexedDbSource,
): Promise<Provisioned<TeamRegister>> {
  const connected = await connectSharePoint(config, connection);
  if (!connected.ok) return connected;
  const team = openTeamRegister(connected.value, source);
  await team.sync.sync();
  return { ok: true, value: team };
}
