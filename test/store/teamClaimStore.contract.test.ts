import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { TeamClaimStore } from '../../src/store/sync/teamClaimStore';
import { openTeamRegister, type TeamRegister } from '../../src/store/sync/teamRegister';
import { EmulatedTeamSite } from '../graph/emulatedTeamSite';
import { describeClaimStoreContract } from './claimStoreContract';

let team: EmulatedTeamSite;
let lists = 0;
const open = new Map<TeamClaimStore, TeamRegister>();

beforeAll(async () => {
  team = await EmulatedTeamSite.start();
});
afterAll(() => team.close());

describeClaimStoreContract('team mode (local copy + outbox over the Graph emulator)', {
  async open() {
    // The pane's store on one machine; the second client is a colleague's, straight on the same lists.
    const listPrefix = `TeamContract${(lists += 1)}`;
    const register = openTeamRegister(await team.connect({ listPrefix, provision: true }), { indexedDB: new IDBFactory(), IDBKeyRange });
    const store = new TeamClaimStore(register);
    open.set(store, register);
    return { store, secondClient: () => team.connect({ listPrefix }) };
  },
  async close(subject) {
    open.get(subject.store as TeamClaimStore)?.close();
  },
});
