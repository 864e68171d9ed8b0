import { fixedToken } from '../../src/store/sharepoint/auth/tokenProvider';
import type { SharePointConfig } from '../../src/store/sharepoint/connectSharePoint';
import type { Sleep } from '../../src/store/sharepoint/graphBatch';
import { DEFAULT_LIST_PREFIX } from '../../src/store/sharepoint/listSchema';
import { connectOwnOneDrive, openSharedOneDrive, type OwnOneDrive } from '../../src/store/sharepoint/oneDriveRegister';
import { SharePointRest, type SharePointRestConnection } from '../../src/store/sharepoint/permissions/sharePointRest';
import { RosterAccess } from '../../src/store/sharepoint/rosterAccess';
import type { SharePointClaimStore } from '../../src/store/sharepoint/sharePointClaimStore';
import { EmulatedTeamSite } from './emulatedTeamSite';
import { GraphEmulator } from './graphEmulator';
import { ownerOnly, PersonalDrive } from './personalDrive';

export const MY_HOST = 'contoso-my.sharepoint.com';
export const OWNER_PATH = '/personal/wang_contoso_com';

/** The tenant's people: the manager who owns the OneDrive, a rep on the roster, and two who may not get in. */
export const PEOPLE = {
  manager: { token: 'manager-token', upn: 'wang@contoso.com', displayName: '王经理' },
  rep: { token: 'rep-token', upn: 'zhangsan@contoso.com', displayName: '张三' },
  outsider: { token: 'outsider-token', upn: 'zhaoliu@contoso.com', displayName: '赵六' },
  consumer: { token: 'consumer-token', upn: 'someone@outlook.com', displayName: 'Someone' },
};

/**
 * The manager's OneDrive for Business as an emulated personal site. It is a drop-in for the team-site
 * fixture, so the same contract, race and fault tests run on it: `connect({ provision: true })` is the manager
 * (the owner) finding the site through /me/drive, creating the lists and sharing them with the rep;
 * `connect()` is the rep opening them from the location the workbook keeps, with the rep's own token.
 */
export class EmulatedPersonalSite extends EmulatedTeamSite {
  private readonly owned = new Map<string, OwnOneDrive>();

  static override async start(): Promise<EmulatedPersonalSite> {
    const emulator = await GraphEmulator.start();
    // Nobody has rights on other people's sites by default ('none'); the OneDrive belongs to the manager alone.
    for (const person of Object.values(PEOPLE)) emulator.addUser(person.token, person.upn, person.displayName, 'none');
    const site = emulator.addSite(MY_HOST, OWNER_PATH);
    ownerOnly(site, emulator.userId(site, PEOPLE.manager.token));
    emulator.addGate(new PersonalDrive(site, PEOPLE.manager.upn, new Set([PEOPLE.consumer.upn])));
    return new EmulatedPersonalSite(emulator, site);
  }

  /** The manager's own connection (the owner's token). */
  managerConnection(maxRetries?: number) {
    return this.connection(fixedToken(PEOPLE.manager.token), maxRetries);
  }

  /** What the manager's connection left in the workbook for these lists. */
  location(listPrefix = DEFAULT_LIST_PREFIX): OwnOneDrive['location'] {
    const owned = this.owned.get(listPrefix);
    if (!owned) throw new Error(`the manager has not connected lists ${listPrefix} yet`);
    return owned.location;
  }

  /** The owner's connection finds the OneDrive's REST base through this (the emulator serves it). */
  restFor = (): SharePointRestConnection => this.rest(PEOPLE.manager.token);

  /** The manager shares the lists with one account, exactly as adding it to the roster does (reps' group). */
  async shareWith(account: string, listPrefix: string, isManager = false): Promise<void> {
    await new RosterAccess(new SharePointRest(this.restFor()), listPrefix).placeInGroup(account, isManager);
  }

  override async connect(
    config: Partial<SharePointConfig> = {}, options: { sleep?: Sleep; maxRetries?: number } = {},
  ): Promise<SharePointClaimStore> {
    const listPrefix = config.listPrefix ?? DEFAULT_LIST_PREFIX;
    if (config.provision) {
      const connected = await connectOwnOneDrive({ listPrefix, restFor: this.restFor }, this.managerConnection(options.maxRetries), { sleep: options.sleep });
      if (!connected.ok) throw new Error(`the manager could not connect: ${connected.reason.key}`);
      this.owned.set(listPrefix, connected.value);
      // Shared with the rep without a roster line, so the suites' own roster expectations still hold.
      await this.shareWith(PEOPLE.rep.upn, listPrefix);
      return connected.value.store;
    }
    const opened = await openSharedOneDrive(
      this.location(listPrefix), this.connection(fixedToken(PEOPLE.rep.token), options.maxRetries), { sleep: options.sleep },
    );
    if (!opened.ok) throw new Error(`the rep could not open the shared lists: ${opened.reason.key}`);
    return opened.value;
  }
}
