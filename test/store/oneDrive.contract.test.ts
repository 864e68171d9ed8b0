import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { TeamClaimStore } from '../../src/store/sync/teamClaimStore';
import { openTeamRegister, type TeamRegister } from '../../src/store/sync/teamRegister';
import { EmulatedPersonalSite } from '../graph/emulatedPersonalSite';
import { describeClaimStoreContract } from './claimStoreContract';

/**
 * The ClaimStore contract on the manager's OneDrive: the manager's own connection creates and shares the
 * lists; the second client is a rep they were shared with, on the rep's own token.
 */
let personal: EmulatedPersonalSite;
let lists = 0;
const open = new Map<TeamClaimStore, TeamRegister>();

beforeAll(async () => {
  personal = await EmulatedPersonalSite.start();
});
afterAll(() => personal.close());

describeClaimStoreContract("SharePoint store on the manager's OneDrive (Graph emulator, personal site)", {
  async open() {
    const listPrefix = `OneDrive${(lists += 1)}`;
    const store = await personal.connect({ listPrefix, provision: true });
    return { store, secondClient: () => personal.connect({ listPrefix }) };
  },
  async close() {},
});

describeClaimStoreContract("team mode on the manager's OneDrive (local copy + outbox)", {
  async open() {
    // The manager's pane (the suite seeds the roster through it); the second client is a shared rep.
    const listPrefix = `OneDriveTeam${(lists += 1)}`;
    const register = openTeamRegister(await personal.connect({ listPrefix, provision: true }), { indexedDB: new IDBFactory(), IDBKeyRange });
    const store = new TeamClaimStore(register);
    open.set(store, register);
    return { store, secondClient: () => personal.connect({ listPrefix }) };
  },
  async close(subject) {
    open.get(subject.store as TeamClaimStore)?.close();
  },
});
