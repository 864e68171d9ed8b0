import { fixedToken, type TokenProvider } from '../../src/store/sharepoint/auth/tokenProvider';
import { connectSharePoint, type SharePointConfig } from '../../src/store/sharepoint/connectSharePoint';
import type { Sleep } from '../../src/store/sharepoint/graphBatch';
import type { GraphConnection } from '../../src/store/sharepoint/graphClient';
import type { SharePointClaimStore } from '../../src/store/sharepoint/sharePointClaimStore';
import { GraphEmulator } from './graphEmulator';
import type { EmulatedSite } from './graphRoutes';
import { trustingFetch } from './trustingFetch';
import type { SharePointRestConnection } from '../../src/store/sharepoint/permissions/sharePointRest';

export const SITE_HOST = 'contoso.sharepoint.com';
export const SITE_PATH = '/sites/sales';
export const SITE_URL = `https://${SITE_HOST}${SITE_PATH}`;

/** An emulated tenant with one team site, and a way to connect real SharePoint stores (real Graph client) to it. */
export class EmulatedTeamSite {
  private readonly http: ReturnType<typeof trustingFetch>;

  protected constructor(readonly emulator: GraphEmulator, readonly site: EmulatedSite) {
    this.http = trustingFetch(emulator.certificate.cert);
  }

  static async start(): Promise<EmulatedTeamSite> {
    const emulator = await GraphEmulator.start();
    return new EmulatedTeamSite(emulator, emulator.addSite(SITE_HOST, SITE_PATH));
  }

  /** How a store reaches the emulator: its origin, the fetch that trusts its certificate, a token. */
  connection(tokens: TokenProvider = fixedToken(this.emulator.acceptedToken), maxRetries?: number): GraphConnection {
    return { tokens, origin: new URL(this.emulator.baseUrl).origin, fetch: this.http.fetch, maxRetries };
  }

  /** A new client (its own Graph client) on the site; `provision` creates the lists like an admin's first run. */
  async connect(config: Partial<SharePointConfig> = {}, options: { sleep?: Sleep; maxRetries?: number } = {}): Promise<SharePointClaimStore> {
    const connected = await connectSharePoint(
      { siteUrl: SITE_URL, ...config }, this.connection(undefined, options.maxRetries), { sleep: options.sleep },
    );
    if (!connected.ok) throw new Error(`could not connect: ${connected.reason.key}`);
    return connected.value;
  }

  /** SharePoint REST of the team site, signed in with `token` (the admin's by default). */
  rest(token: string = this.emulator.acceptedToken): SharePointRestConnection {
    return { baseUrl: this.emulator.restBaseUrl(this.site), tokens: fixedToken(token), fetch: this.http.fetch };
  }

  /** A client signed in as the account behind `token` (its own Graph client and REST access). */
  async connectAs(token: string, config: Partial<SharePointConfig> = {}, options: { sleep?: Sleep; maxRetries?: number } = {}): Promise<SharePointClaimStore> {
    const connected = await connectSharePoint(
      { siteUrl: SITE_URL, rest: this.rest(token), ...config }, this.connection(fixedToken(token), options.maxRetries), { sleep: options.sleep },
    );
    if (!connected.ok) throw new Error(`could not connect: ${connected.reason.key}`);
    return connected.value;
  }

  async close(): Promise<void> {
    this.http.close();
    await this.emulator.stop();
  }
}

/** The team's accounts on the emulated tenant: token, e-mail, the roster name they sign in as. */
export const TEAM_ACCOUNTS = {
  manager: { token: 'token-wang', email: 'wang@contoso.com', name: '王经理' },
  zhang: { token: 'token-zhang', email: 'zhang@contoso.com', name: '张三' },
  li: { token: 'token-li', email: 'li@contoso.com', name: '李四' },
  outsider: { token: 'token-zhao', email: 'zhao@contoso.com', name: '赵六' },
} as const;
