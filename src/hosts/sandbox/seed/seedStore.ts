import type { StoreChanges } from '../../../store/claimStore';
import type { LocalClaimStore } from '../../../store/local/localClaimStore';
import { RegisterMirror } from '../../../store/local/registerMirror';
import type { SampleTeam } from './sampleTeam';

/**
 * Loads the sample team into an empty local store in one bulk write: the store's own way of taking in a
 * whole register at once (RegisterMirror, which team mode uses for a full sync), so a first run seeds
 * 2,000 customers — or 10,000 for a benchmark — in a second or two rather than one commit per customer.
 */
export async function seedStore(store: LocalClaimStore, team: SampleTeam): Promise<void> {
  const changes: StoreChanges = {
    cursor: 'sample-team',
    reset: true,
    customers: team.customers.map((record) => ({
      id: record.dedupeKey, record, version: `seed-${record.seq}`, lastEditId: `seed-claim-${record.seq}`,
    })),
    removedCustomerIds: [],
    activities: team.activities,
    roster: team.roster.map((entry) => ({ id: entry.name, entry })),
    removedRosterIds: [],
    settings: null,
  };
  await new RegisterMirror(store.db).apply(changes);
}
