import { EmulatedTeamSite } from '../graph/emulatedTeamSite';
import { describeClaimStoreContract } from './claimStoreContract';

let team: EmulatedTeamSite;
let lists = 0;

beforeAll(async () => {
  team = await EmulatedTeamSite.start();
});
afterAll(() => team.close());

describeClaimStoreContract('SharePoint (real Graph client on the Graph emulator)', {
  async open() {
    // Each test gets its own set of lists on the one emulated site; the second client connects like a rep.
    const listPrefix = `Contract${(lists += 1)}`;
    const store = await team.connect({ listPrefix, provision: true });
    return { store, secondClient: () => team.connect({ listPrefix }) };
  },
  async close() {},
});
