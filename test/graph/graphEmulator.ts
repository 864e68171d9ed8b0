import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { GraphFailure, type Fields } from './emulatedList';
import { EmulatedSite, failure, GraphRoutes, type EmulatedRequest, type EmulatedResponse, type RouteGate, type UserDirectoryEntry } from './graphRoutes';
import { SharePointRestRoutes } from './sharePointRestRoutes';
import { makeThrowawayCertificate, type Certificate } from './throwawayCertificate';

const MAX_BATCH = 20;

/** A fault to inject: answer the next `count` matching requests with `status` (and a Retry-After). */
export interface InjectedFault {
  status: 429 | 503 | 504;
  retryAfterSeconds?: number;
  count: number;
  /** Only requests whose "METHOD /path" matches; all requests when absent. */
  match?: RegExp;
}

interface PendingFault extends InjectedFault {
  left: number;
}

export interface RequestLogEntry {
  method: string;
  url: string;
  status: number;
  /** True for a sub-request of a $batch (the $batch itself is logged too). */
  inBatch: boolean;
}

/**
 * A local HTTPS stand-in for Microsoft Graph, speaking the subset the SharePoint store uses: sites, lists,
 * columns, list items with fields, $filter/$select/$expand/$top, unique columns, ETags, delta, $batch. Tests
 * point the real Graph client at `baseUrl` and trust `certificate.cert`. It can also misbehave on request:
 * throttle (429/503/504 + Retry-After), lose responses after doing the work, forget delta history (410), or
 * go down altogether.
 */
export class GraphEmulator {
  readonly log: RequestLogEntry[] = [];
  private readonly routes: GraphRoutes;
  private readonly faults: PendingFault[] = [];
  private readonly batchItemFaults: PendingFault[] = [];
  private responsesToDrop: { left: number; match?: RegExp }[] = [];
  private dropRate: { rate: number; match: RegExp; random: () => number } | null = null;
  /** Responses cut off by `dropResponsesAtRandom` so far (the work was done each time). */
  droppedResponses = 0;
  private readonly rest: SharePointRestRoutes;
  /** The tenant's accounts by the access token that signs them in. */
  private readonly tokens = new Map<string, UserDirectoryEntry>();
  private readonly siteRoles: { token: string; role: SiteRole }[] = [];
  private server: Server | null = null;
  private port = 0;

  private constructor(readonly certificate: Certificate, readonly acceptedToken: string) {
    this.routes = new GraphRoutes(() => this.baseUrl, () => new Date().toISOString());
    this.rest = new SharePointRestRoutes(this.routes.sites, () => new Date().toISOString(), () => new Map([...this.tokens.values()].map((u) => [u.email, u])));
    // The token tests have always used: the site owner who provisions the lists.
    this.addUser(acceptedToken, 'admin@contoso.com', '管理员', 'owner');
  }

  static async start(acceptedToken = 'emulator-token'): Promise<GraphEmulator> {
    const emulator = new GraphEmulator(await makeThrowawayCertificate(), acceptedToken);
    await emulator.resume();
    return emulator;
  }

  get baseUrl(): string {
    return `https://127.0.0.1:${this.port}/v1.0`;
  }

  /** The SharePoint REST root of a site (`…/_api/web` hangs below it), as a site's own URL would be. */
  restBaseUrl(site: EmulatedSite): string {
    return `https://127.0.0.1:${this.port}/${site.hostname}${site.path}`;
  }

  /**
   * An account of the tenant, signed in by `token`, and the site group it is in on every site (owners:
   * Full Control; members: Edit, SharePoint's default for a team site's members; visitors: Read).
   */
  addUser(token: string, email: string, title: string, role: SiteRole = 'member'): void {
    this.tokens.set(token, { loginName: `i:0#.f|membership|${email.toLowerCase()}`, email: email.toLowerCase(), title, aadId: randomUUID() });
    this.siteRoles.push({ token, role });
    for (const site of this.routes.sites) this.placeUser(site, token, role);
  }

  /** Top-level HTTP requests received (a $batch counts once), for the request-count figures. */
  get requestCount(): number {
    return this.log.filter((entry) => !entry.inBatch).length;
  }

  addSite(hostname: string, path: string): EmulatedSite {
    const site = new EmulatedSite(hostname, path);
    this.routes.sites.push(site);
    for (const { token, role } of this.siteRoles) this.placeUser(site, token, role);
    return site;
  }

  /** The site user id of the account behind `token` (for checking who SharePoint stamped). */
  userId(site: EmulatedSite, token: string): number {
    const entry = this.tokens.get(token);
    if (!entry) throw new Error(`no account for token ${token}`);
    return site.security.ensureUser(entry.email, new Map([[entry.email, entry]])).id;
  }

  private placeUser(site: EmulatedSite, token: string, role: SiteRole): void {
    const id = this.userId(site, token);
    const group = role === 'owner' ? site.security.owners : role === 'member' ? site.security.members : role === 'visitor' ? site.security.visitors : null;
    group?.members.add(id);
  }

  /** Puts middleware (say, a personal site's /me/drive) in front of every Graph request, batched ones too. */
  addGate(gate: RouteGate): void {
    this.routes.gates.push(gate);
  }

  site(hostname: string, path: string): EmulatedSite {
    const found = this.routes.sites.find((site) => site.hostname === hostname && site.path === path);
    if (!found) throw new Error(`no emulated site ${hostname}${path}`);
    return found;
  }

  /** Writes items straight into a list, as another client would have long ago (no HTTP, not logged). */
  seedItems(site: EmulatedSite, listTitle: string, rows: Record<string, unknown>[]): void {
    const list = site.list(listTitle);
    const now = new Date().toISOString();
    // The list checks every value's type as it would over HTTP.
    for (const fields of rows) list.create(fields as Fields, now);
  }

  failNext(fault: InjectedFault): void {
    this.faults.push({ ...fault, left: fault.count });
  }

  /** Like failNext, but for sub-requests inside a $batch (the batch itself answers 200). */
  failNextBatchItems(fault: InjectedFault): void {
    this.batchItemFaults.push({ ...fault, left: fault.count });
  }

  /**
   * From now on, cut the connection after doing the work for a share `rate` of the requests matching
   * `match` (seeded `random`, so a run can be repeated); `null` stops it.
   */
  dropResponsesAtRandom(options: { rate: number; match: RegExp; random: () => number } | null): void {
    this.dropRate = options;
  }

  /** Do the work of the next `count` matching requests, then cut the connection instead of answering. */
  dropResponses(count: number, match?: RegExp): void {
    this.responsesToDrop.push({ left: count, match });
  }

  /** Make every delta token issued so far for the list too old: its next use gets 410 Gone. */
  forgetDeltaHistory(site: EmulatedSite, listTitle: string): void {
    const list = site.list(listTitle);
    list.oldestDeltaSeq = list.changeSeq + 1;
  }

  clearLog(): void {
    this.log.length = 0;
  }

  /** Goes down: refuses connections (ECONNREFUSED) until `resume`; the lists survive. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  async resume(): Promise<void> {
    if (this.server) return;
    const server = createServer({ key: this.certificate.key, cert: this.certificate.cert }, (req, res) => {
      this.serve(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', () => resolve()));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const rawUrl = req.url ?? '';
    const isGraph = rawUrl.startsWith('/v1.0/');
    const url = isGraph ? rawUrl.replace(/^\/v1\.0/, '') : rawUrl;
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v ?? '']));
    const request: EmulatedRequest = { method: req.method ?? 'GET', url, headers, body: text ? safeJson(text) : undefined };

    const response = this.answer(request, isGraph);
    this.log.push({ method: request.method, url, status: response.status, inBatch: false });
    if (this.takeDrop(request)) {
      req.socket.destroy();
      return;
    }
    res.writeHead(response.status, response.headers);
    res.end(response.body === undefined ? undefined : JSON.stringify(response.body));
  }

  private answer(request: EmulatedRequest, isGraph: boolean): EmulatedResponse {
    const auth = request.headers.authorization ?? '';
    const user = this.tokens.get(auth.replace(/^Bearer /, ''));
    if (!user) {
      return failure(new GraphFailure(401, 'InvalidAuthenticationToken', auth ? 'Access token validation failure.' : 'Access token is empty.'));
    }
    const fault = takeFault(this.faults, request);
    if (fault) return fault;
    if (!isGraph) return this.rest.handle(request, user);
    if (request.method === 'POST' && request.url.split('?')[0] === '/$batch') return this.batch(request, user);
    return this.routes.handle(request, user);
  }

  /** JSON $batch: at most 20 sub-requests, run in order; one whose dependency failed answers 424. */
  private batch(request: EmulatedRequest, user: UserDirectoryEntry): EmulatedResponse {
    const requests = (request.body as { requests?: BatchRequest[] } | undefined)?.requests;
    if (!Array.isArray(requests)) return failure(new GraphFailure(400, 'BadRequest', 'Invalid batch payload format.'));
    if (requests.length > MAX_BATCH) {
      return failure(new GraphFailure(400, 'BadRequest', `Too many requests in batch. Maximum allowed is ${MAX_BATCH}.`));
    }
    const statuses = new Map<string, number>();
    const responses = requests.map((sub) => {
      const inner: EmulatedRequest = {
        method: sub.method.toUpperCase(),
        url: sub.url.startsWith('/') ? sub.url : `/${sub.url}`,
        headers: { ...lowerCase(sub.headers ?? {}), authorization: request.headers.authorization },
        body: sub.body,
      };
      const blocked = (sub.dependsOn ?? []).some((id) => !((statuses.get(id) ?? 0) >= 200 && (statuses.get(id) ?? 0) < 300));
      const answer = blocked
        ? failure(new GraphFailure(424, 'FailedDependency', 'A request this one depends on failed.'))
        : takeFault(this.batchItemFaults, inner) ?? this.routes.handle(inner, user);
      statuses.set(sub.id, answer.status);
      this.log.push({ method: inner.method, url: inner.url, status: answer.status, inBatch: true });
      return { id: sub.id, status: answer.status, headers: answer.headers, body: answer.body };
    });
    return { status: 200, headers: { 'Content-Type': 'application/json' }, body: { responses } };
  }

  private takeDrop(request: EmulatedRequest): boolean {
    if (this.dropRate?.match.test(`${request.method} ${request.url}`) && this.dropRate.random() < this.dropRate.rate) {
      this.droppedResponses += 1;
      return true;
    }
    const drop = this.responsesToDrop.find((d) => d.left > 0 && (!d.match || d.match.test(`${request.method} ${request.url}`)));
    if (!drop) return false;
    drop.left -= 1;
    this.responsesToDrop = this.responsesToDrop.filter((d) => d.left > 0);
    return true;
  }
}

export type SiteRole = 'owner' | 'member' | 'visitor' | 'none';

interface BatchRequest {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

function takeFault(faults: PendingFault[], request: EmulatedRequest): EmulatedResponse | null {
  const fault = faults.find((f) => f.left > 0 && (!f.match || f.match.test(`${request.method} ${request.url}`)));
  if (!fault) return null;
  fault.left -= 1;
  const code = fault.status === 429 ? 'activityLimitReached' : fault.status === 503 ? 'serviceNotAvailable' : 'gatewayTimeout';
  const headers: Record<string, string> = fault.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(fault.retryAfterSeconds) };
  return failure(new GraphFailure(fault.status, code, 'The request has been throttled', headers));
}

function lowerCase(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
