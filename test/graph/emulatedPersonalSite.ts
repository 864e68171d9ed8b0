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
  /** The emulator's default token (`emulator.acceptedToken`), so every fixture's admin connection is the owner's. */
  manager: { token: 'emulator-token', upn: 'wang@contoso.com', displayName: '王经理' },
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
    const emulator = await GraphEmulator.start(PEOPLE.manager.token);
    // Nobody has rights on other people's sites by default ('none'); the OneDrive belongs to the manager alone
    // (re-adding the default token makes its account the manager's).
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

  /**
   * Anyone's client, by token: `provision` is the owner's own connection; otherwise the workbook's location is
   * opened with that account's token, and with SharePoint REST so a manager's roster edits share and unshare.
   */
  override async connectAs(
    token: string, config: Partial<SharePointConfig> = {}, options: { sleep?: Sleep; maxRetries?: number } = {},
  ): Promise<SharePointClaimStore> {
    const listPrefix = config.listPrefix ?? DEFAULT_LIST_PREFIX;
    const connection = this.connection(fixedToken(token), options.maxRetries);
    if (config.provision) {
      const connected = await connectOwnOneDrive({ listPrefix, restFor: () => this.rest(token) }, connection, { sleep: options.sleep });
      if (!connected.ok) throw new Error(`could not connect: ${connected.reason.key}`);
      this.owned.set(listPrefix, connected.value);
      return connected.value.store;
    }
    const opened = await openSharedOneDrive(this.location(listPrefix), connection, { sleep: options.sleep, rest: this.rest(token), listPrefix });
    if (!opened.ok) throw new Error(`could not connect: ${opened.reason.key}`);
    return opened.value;
  }

  override async connect(
    config: Partial<SharePointConfig> = {}, options: { sleep?: Sleep; maxRetries?: number } = {},
  ): Promise<SharePointClaimStore> {
    if (!config.provision) return this.connectAs(PEOPLE.rep.token, config, options);
    const store = await this.connectAs(PEOPLE.manager.token, config, options);
    // Shared with the rep without a roster line, so the suites' own roster expectations still hold.
    await this.shareWith(PEOPLE.rep.upn, config.listPrefix ?? DEFAULT_LIST_PREFIX);
    return store;
  }
}
