import { GraphFailure } from './emulatedList';
import type { EmulatedRequest, EmulatedResponse, EmulatedSite } from './graphRoutes';

/** A signed-in account, recognised by its bearer token. */
export interface EmulatedUser {
  token: string;
  upn: string;
  displayName: string;
  /** A personal Microsoft account: its /me/drive is a consumer OneDrive, no SharePoint behind it. */
  consumer?: boolean;
}

/** What a share grants on one list (SharePoint's Read / Contribute). The owner has full control everywhere. */
export type ListGrant = 'read' | 'edit';

const READ_METHODS = new Set(['GET']);

/**
 * The OneDrive for Business side of the emulated tenant: `/me/drive` for every user, and the permission
 * behaviour of one person's OneDrive site — only its owner reaches it until a list is shared; someone a list
 * was shared with reaches the site ("limited access") and that list, as far as the grant allows, and no other
 * list. The grants themselves are made over HTTP by the code under test (see the sharing routes).
 */
export class PersonalSiteGate {
  /** list id → account (upn, lower case) → grant. */
  readonly grants = new Map<string, Map<string, ListGrant>>();

  constructor(readonly site: EmulatedSite, readonly owner: EmulatedUser, readonly users: EmulatedUser[]) {}

  get siteUrl(): string {
    return `https://${this.site.hostname}${this.site.path}`;
  }

  accepts(authorization: string): boolean {
    return this.userOf(authorization) !== null;
  }

  grant(listId: string, upn: string, grant: ListGrant): void {
    const forList = this.grants.get(listId) ?? new Map<string, ListGrant>();
    forList.set(upn.toLowerCase(), grant);
    this.grants.set(listId, forList);
  }

  /** Middleware in front of the Graph routes: serves /me/drive, guards the personal site, passes the rest on. */
  handle(request: EmulatedRequest, next: (request: EmulatedRequest) => EmulatedResponse): EmulatedResponse {
    const path = decodeURIComponent(request.url.split('?')[0]);
    const user = this.userOf(request.headers.authorization ?? '');
    if (path === '/me/drive') return user ? this.drive(user) : next(request);
    if (!user || user === this.owner || !this.targetsSite(path)) return next(request);

    const listRef = /^\/sites\/[^/]+\/lists\/([^/]+)/.exec(path)?.[1];
    const visible = this.visibleLists(user);
    if (visible.size === 0) throw new GraphFailure(403, 'accessDenied', 'Access denied');
    if (!listRef) {
      if (request.method !== 'GET') throw new GraphFailure(403, 'accessDenied', 'Access denied');
      const answer = next(request);
      // The site's list collection shows only the lists shared with this user.
      const body = answer.body as { value?: { id: string }[] } | undefined;
      if (path.endsWith('/lists') && body?.value) body.value = body.value.filter((list) => visible.has(list.id));
      return answer;
    }
    const list = [...this.site.lists.values()].find((l) => l.id === listRef || l.displayName.toLowerCase() === listRef.toLowerCase());
    const grant = list ? visible.get(list.id) : undefined;
    // A list that was not shared is invisible, as if it did not exist.
    if (!grant) throw new GraphFailure(404, 'itemNotFound', 'The specified list was not found');
    const writesItems = /\/items(\/|$)/.test(path) && !path.endsWith('/items/delta');
    if (!READ_METHODS.has(request.method) && (grant === 'read' || !writesItems)) {
      throw new GraphFailure(403, 'accessDenied', 'Access denied. You do not have permission to perform this action or access this resource.');
    }
    return next(request);
  }

  private userOf(authorization: string): EmulatedUser | null {
    return [this.owner, ...this.users].find((user) => authorization === `Bearer ${user.token}`) ?? null;
  }

  private targetsSite(path: string): boolean {
    const site = this.site;
    return path.startsWith(`/sites/${site.id}`) || path.toLowerCase().startsWith(`/sites/${site.hostname}:${site.path}`.toLowerCase());
  }

  private visibleLists(user: EmulatedUser): Map<string, ListGrant> {
    const visible = new Map<string, ListGrant>();
    for (const [listId, byUser] of this.grants) {
      const grant = byUser.get(user.upn.toLowerCase());
      if (grant) visible.set(listId, grant);
    }
    return visible;
  }

  private drive(user: EmulatedUser): EmulatedResponse {
    const headers = { 'Content-Type': 'application/json' };
    if (user.consumer) {
      return { status: 200, headers, body: { id: 'consumer-drive', driveType: 'personal', owner: { user: { displayName: user.displayName } } } };
    }
    if (user !== this.owner) throw new GraphFailure(404, 'itemNotFound', "User's mysite not found.");
    return {
      status: 200,
      headers,
      body: {
        id: `b!${this.site.id.split(',')[1]}`, driveType: 'business', webUrl: `${this.siteUrl}/Documents`,
        owner: { user: { displayName: user.displayName, email: user.upn } },
        sharepointIds: { siteId: this.site.id.split(',')[1], webId: this.site.id.split(',')[2], siteUrl: this.siteUrl },
      },
    };
  }
}
