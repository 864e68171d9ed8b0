import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { IndexedDbSource } from '../../src/store/local/registerDatabase';
import { openTeamRegister, type TeamRegister } from '../../src/store/sync/teamRegister';
import { EmulatedTeamSite } from '../graph/emulatedTeamSite';
import { seedTeam } from './storeFixtures';

/**
 * One rep's machine in team mode (fake-indexeddb stands in for the browser's IndexedDB) against an emulated team
 * site that can go away and come back. Registers jest hooks: each test gets fresh lists and a fresh machine; a
 * "reload" is `openPane()` again on the same machine.
 */
export function offlineTeamSite(listPrefixStem: string, start: () => Promise<EmulatedTeamSite> = () => EmulatedTeamSite.start()) {
  const state = {
    team: undefined as unknown as EmulatedTeamSite,
    listPrefix: '',
    machine: undefined as unknown as IndexedDbSource,
    open: [] as TeamRegister[],
  };
  let prefix = 0;
  beforeAll(async () => {
    state.team = await start();
  });
  afterAll(() => state.team.close());
  beforeEach(async () => {
    state.listPrefix = `${listPrefixStem}${(prefix += 1)}`;
    state.machine = { indexedDB: new IDBFactory(), IDBKeyRange };
    state.open = [];
    await seedTeam(await state.team.connect({ listPrefix: state.listPrefix, provision: true }));
  });
  afterEach(async () => {
    for (const register of state.open) register.close();
    await state.team.emulator.resume();
  });

  return {
    get team() { return state.team; },
    get listPrefix() { return state.listPrefix; },
    get machine() { return state.machine; },
    /** The registers opened in this test, oldest first. */
    get open(): readonly TeamRegister[] { return state.open; },
    /** Opens the team register on this machine, as the task pane does. */
    async openPane(): Promise<TeamRegister> {
      const register = openTeamRegister(await state.team.connect({ listPrefix: state.listPrefix }), state.machine);
      state.open.push(register);
      return register;
    },
  };
}
