import { fixedToken } from '../../src/store/sharepoint/auth/tokenProvider';
import type { SharePointConfig } from '../../src/store/sharepoint/connectSharePoint';
import type { Sleep } from '../../src/store/sharepoint/graphBatch';
import { connectOwnOneDrive, openSharedOneDrive, type OwnOneDrive } from '../../src/store/sharepoint/oneDriveRegister';
import type { GrantListRole } from '../../src/store/sharepoint/shareLists';
import type { SharePointClaimStore } from '../../src/store/sharepoint/sharePointClaimStore';
import { DEFAULT_LIST_PREFIX } from '../../src/store/sharepoint/listSchema';
import { EmulatedTeamSite } from './emulatedTeamSite';
import { GraphEmulator } from './graphEmulator';
import { PersonalSiteGate, type EmulatedUser } from './personalSiteGate';

export const MY_HOST = 'contoso-my.sharepoint.com';
export const OWNER_PATH = '/personal/wang_contoso_com';

/** The tenant's people: the manager who owns the OneDrive, a rep on the roster, and two who may not get in. */
export const PEOPLE = {
  rep: { token: 'rep-token', upn: 'zhangsan@contoso.com', displayName: '张三' },
  outsider: { token: 'outsider-token', upn: 'zhaoliu@contoso.com', displayName: '赵六' },
  consumer: { token: 'consumer-token', upn: 'someone@outlook.com', displayName: 'Someone', consumer: true },
} satisfies Record<string, EmulatedUser>;

/**
 * The manager's OneDrive for Business as an emulated personal site. It is a drop-in for the team-site
 * fixture, so the same contract, race and fault tests run on it: `connect({ provision: true })` is the manager
 * (the owner) finding the site through /me/drive, creating the lists and sharing them with the rep;
 * `connect()` is the rep opening them from the location the workbook keeps, with the rep's own token.
 */
export class EmulatedPersonalSite extends EmulatedTeamSite {
  private readonly owned = new Map<string, OwnOneDrive>();

  private constructor(emulator: GraphEmulator, readonly gate: PersonalSiteGate) {
    super(emulator, gate.site);
  }

  static override async start(): Promise<EmulatedPersonalSite> {
    const emulator = await GraphEmulator.start();
    const owner: EmulatedUser = { token: emulator.acceptedToken, upn: 'wang@contoso.com', displayName: '王经理' };
    const gate = new PersonalSiteGate(emulator.addSite(MY_HOST, OWNER_PATH), owner, Object.values(PEOPLE));
    emulator.addGate(gate);
    return new EmulatedPersonalSite(emulator, gate);
  }

  /** What the manager's connection left in the workbook for these lists. */
  location(listPrefix = DEFAULT_LIST_PREFIX): OwnOneDrive['location'] {
    const owned = this.owned.get(listPrefix);
    if (!owned) throw new Error(`the manager has not connected lists ${listPrefix} yet`);
    return owned.location;
  }

  /** The sharing the manager's connection does, through the identity design's grant function. */
  grant: GrantListRole = async (_siteUrl, listId, account, role) => {
    this.gate.grant(listId, account, role === 'read' ? 'read' : 'edit');
    return { ok: true, value: undefined };
  };

  override async connect(
    config: Partial<SharePointConfig> = {}, options: { sleep?: Sleep; maxRetries?: number } = {},
  ): Promise<SharePointClaimStore> {
    const listPrefix = config.listPrefix ?? DEFAULT_LIST_PREFIX;
    if (config.provision) {
      const connected = await connectOwnOneDrive(
        { listPrefix, members: [{ account: PEOPLE.rep.upn, isManager: false }], grant: this.grant },
        this.connection(undefined, options.maxRetries), { sleep: options.sleep },
      );
      if (!connected.ok) throw new Error(`the manager could not connect: ${connected.reason.key}`);
      this.owned.set(listPrefix, connected.value);
      return connected.value.store;
    }
    const opened = await openSharedOneDrive(
      this.location(listPrefix), this.connection(fixedToken(PEOPLE.rep.token), options.maxRetries), { sleep: options.sleep },
    );
    if (!opened.ok) throw new Error(`the rep could not open the shared lists: ${opened.reason.key}`);
    return opened.value;
  }
}
