import { message, type Message } from '../../i18n/message';
import type { WorkbookSettings } from '../../hosts/spreadsheetHost';
import type { ClaimStore } from '../../store/claimStore';
import type { IndexedDbSource } from '../../store/local/registerDatabase';
import type { LocalClaimStore } from '../../store/local/localClaimStore';
import {
  CLIENT_ID_SETTING, GRAPH_SCOPES, signInConfigFrom, TENANT_ID_SETTING, type SignInConfig,
} from '../../store/sharepoint/auth/signInConfig';
import { SignInRequiredError, type TokenProvider } from '../../store/sharepoint/auth/tokenProvider';
import type { GraphConnection } from '../../store/sharepoint/graphClient';
import { StoreUnavailableError } from '../../store/storeUnavailable';
import { TeamClaimStore } from '../../store/sync/teamClaimStore';
import { locationOf, reopenTeamRegister } from '../../store/sync/teamLocation';
import { connectTeamRegister, type TeamRegister } from '../../store/sync/teamRegister';
import { outboxView } from './outboxView';
import type { ConnectRequest, MigrateRequest, MigrationAnswer, OutboxView, TeamAnswer, TeamModeControls } from './teamMode';
import { readTeamConnection, saveTeamConnection, type BuildSignIn } from './teamSettings';

/** How a host signs in: MSAL with nested app auth in Excel, the popup in WPS, a fixed token in tests. */
export type SignIn = (config: SignInConfig, scopes: readonly string[]) => Promise<TokenProvider>;

export interface TeamSessionOptions {
  settings: WorkbookSettings;
  /** This workbook's local store (the default, and the source of a migration). */
  openLocal: () => Promise<LocalClaimStore>;
  signIn: SignIn;
  defaults: BuildSignIn;
  /** Graph's origin and fetch, and IndexedDB: replaced by the Graph emulator and fake-indexeddb in tests. */
  graph?: Pick<GraphConnection, 'origin' | 'fetch'>;
  indexedDb?: IndexedDbSource;
}

interface OpenTeam {
  register: TeamRegister;
  store: TeamClaimStore;
  stopSync: () => void;
}

/**
 * One workbook's store in the task pane, local or team. It opens what the workbook's settings say — a
 * workbook connected before reopens on its local copy and outbox at once, without a round trip, so the
 * pane works offline — and carries out the admin's connect, migrate and disconnect. Switching stores
 * notifies subscribers: the pane then reopens its workspace on `openStore()`.
 */
export class TeamSession {
  private current: OpenTeam | null = null;
  private readonly listeners = new Set<() => void>();
  /** Bumped on every switch of store. */
  version = 0;

  constructor(private readonly options: TeamSessionOptions) {}

  async openStore(): Promise<ClaimStore> {
    if (this.current) return this.current.store;
    const connection = await readTeamConnection(this.options.settings, this.options.defaults);
    const config = signInConfigOf(connection.clientId, connection.tenantId);
    if (!connection.location || !config) return this.options.openLocal();
    return this.adopt(reopenTeamRegister(connection.location, this.graphConnection(config, GRAPH_SCOPES.member), this.options.indexedDb)).store;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops syncing and closes the copy (the pane is going away). */
  close(): void {
    if (!this.current) return;
    this.current.stopSync();
    this.current.register.close();
    this.current = null;
  }

  readonly controls: TeamModeControls = {
    available: true,
    connection: () => readTeamConnection(this.options.settings, this.options.defaults),
    connect: (request) => this.connect(request),
    migrate: (request) => this.migrate(request),
    disconnect: () => this.disconnect(),
    syncNow: () => this.syncNow(),
    outbox: () => this.outbox(),
    dismiss: async (editId) => {
      await this.current?.register.sync.dismiss(editId);
    },
  };

  private async connect(request: ConnectRequest): Promise<TeamAnswer> {
    const siteUrl = request.siteUrl.trim();
    if (!siteUrl) return failed(message('team.siteRequired'));
    const config = signInConfigOf(request.clientId, request.tenantId);
    if (!config) return failed(message('team.signInMissing'));
    try {
      const connection = this.graphConnection(config, request.provision ? GRAPH_SCOPES.admin : GRAPH_SCOPES.member);
      // Signing in first, so a closed popup reads as a sign-in problem and not as "SharePoint is unreachable".
      await connection.tokens.getAccessToken();
      const connected = await connectTeamRegister({ siteUrl, provision: request.provision }, connection, this.options.indexedDb);
      if (!connected.ok) return failed(connected.reason);
      this.close();
      this.adopt(connected.value);
      await saveTeamConnection(this.options.settings, {
        clientId: config.clientId, tenantId: config.tenantId, location: locationOf(siteUrl, connected.value),
      });
      this.switched();
      return { ok: true, message: message(request.provision ? 'team.provisioned' : 'team.connected', { site: siteUrl }) };
    } catch (error) {
      return failed(failureMessage(error));
    }
  }

  private async migrate(request: MigrateRequest): Promise<MigrationAnswer> {
    if (!this.current) return { ...failed(message('team.migrate.notConnected')), review: [] };
    const { register } = this.current;
    const local = await this.options.openLocal();
    try {
      // The migration audits names with the matcher: loaded with it, so the pane's first paint stays small.
      const { migrateLocalToSharePoint } = await import(/* webpackChunkName: "name-matcher" */ '../../store/sync/migrateLocalToSharePoint');
      const outcome = await migrateLocalToSharePoint(local, register.remote, request);
      if (!outcome.ok) return { ok: false, message: outcome.reason, review: outcome.problem === 'review' ? outcome.groups : [] };
      await register.sync.pull();
      return { ok: true, message: outcome.reason, review: [] };
    } catch (error) {
      return { ...failed(failureMessage(error)), review: [] };
    } finally {
      local.close();
    }
  }

  private async disconnect(): Promise<TeamAnswer> {
    const pending = this.current ? (await this.current.register.sync.pending()).length : 0;
    const connection = await readTeamConnection(this.options.settings, this.options.defaults);
    await saveTeamConnection(this.options.settings, { ...connection, location: null });
    this.close();
    this.switched();
    return { ok: true, message: pending > 0 ? message('team.disconnectedPending', { count: pending }) : message('team.disconnected') };
  }

  private async syncNow(): Promise<TeamAnswer> {
    if (!this.current) return failed(message('team.migrate.notConnected'));
    try {
      const report = await this.current.register.sync.sync();
      return report.blockedBy ? failed(report.blockedBy) : { ok: true, message: message('team.synced') };
    } catch (error) {
      return failed(failureMessage(error));
    }
  }

  private async outbox(): Promise<OutboxView | null> {
    if (!this.current) return null;
    const { sync } = this.current.register;
    return outboxView(await sync.pending(), await sync.rejected());
  }

  private adopt(register: TeamRegister): OpenTeam {
    this.current = { register, store: new TeamClaimStore(register), stopSync: register.startAutoSync() };
    return this.current;
  }

  /**
   * Tokens on demand: the sign-in is set up at the first request, so opening the pane never waits for it;
   * a failed set-up is tried again at the next request and reads as "sign in again" meanwhile.
   */
  private graphConnection(config: SignInConfig, scopes: readonly string[]): GraphConnection {
    let provider: Promise<TokenProvider> | null = null;
    const tokens: TokenProvider = {
      getAccessToken: async () => {
        provider ??= this.options.signIn(config, scopes);
        try {
          return await (await provider).getAccessToken();
        } catch (error) {
          provider = null;
          throw error instanceof SignInRequiredError ? error : new SignInRequiredError({ cause: error });
        }
      },
    };
    return { ...this.options.graph, tokens };
  }

  private switched(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}

function signInConfigOf(clientId: string, tenantId: string): SignInConfig | null {
  const read = signInConfigFrom({ [CLIENT_ID_SETTING]: clientId, [TENANT_ID_SETTING]: tenantId });
  return read.ok ? read.config : null;
}

function failed(reason: Message): TeamAnswer {
  return { ok: false, message: reason };
}

/** Every way a connection can fail, in words: offline, sign-in, or whatever else went wrong. */
export function failureMessage(error: unknown): Message {
  if (error instanceof StoreUnavailableError) return error.reason;
  const detail = detailOf(error);
  if (error instanceof SignInRequiredError) return message('team.signInFailed', { detail });
  return message('team.connectFailed', { detail });
}

function detailOf(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return cause instanceof Error ? cause.message : String(cause);
}
