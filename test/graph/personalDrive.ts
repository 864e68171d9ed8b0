import { GraphFailure } from './emulatedList';
import type { EmulatedRequest, EmulatedResponse, EmulatedSite, RouteGate, UserDirectoryEntry } from './graphRoutes';

/**
 * OneDrive for Business as Graph shows it: `/me/drive` names the caller's personal site in `sharepointIds`.
 * One person (the owner) has a OneDrive site here; a personal Microsoft account gets a consumer drive with no
 * SharePoint behind it; anyone else has never opened OneDrive, so has no drive yet (404).
 */
export class PersonalDrive implements RouteGate {
  constructor(readonly site: EmulatedSite, readonly ownerEmail: string, readonly consumerEmails: ReadonlySet<string>) {}

  get siteUrl(): string {
    return `https://${this.site.hostname}${this.site.path}`;
  }

  handle(request: EmulatedRequest, caller: UserDirectoryEntry, next: () => EmulatedResponse): EmulatedResponse {
    if (request.url.split('?')[0] !== '/me/drive' || request.method !== 'GET') return next();
    const headers = { 'Content-Type': 'application/json' };
    if (this.consumerEmails.has(caller.email)) {
      return { status: 200, headers, body: { id: 'consumer-drive', driveType: 'personal', owner: { user: { displayName: caller.title } } } };
    }
    if (caller.email !== this.ownerEmail) throw new GraphFailure(404, 'itemNotFound', "User's mysite not found.");
    const [, siteGuid, webGuid] = this.site.id.split(',');
    return {
      status: 200,
      headers,
      body: {
        id: `b!${siteGuid}`, driveType: 'business', webUrl: `${this.siteUrl}/Documents`,
        owner: { user: { displayName: caller.title, email: caller.email, id: caller.aadId } },
        sharepointIds: { siteId: siteGuid, webId: webGuid, siteUrl: this.siteUrl },
      },
    };
  }
}

/**
 * A OneDrive site's permissions: its owner is the site collection administrator and nobody else has any
 * access (no members or visitors groups hold anything) until the owner shares something.
 */
export function ownerOnly(site: EmulatedSite, ownerId: number): void {
  const { security } = site;
  security.web.assignments.splice(0, security.web.assignments.length, { principalId: security.owners.id, roleDefId: 1073741829 });
  for (const group of [security.owners, security.members, security.visitors]) group.members.clear();
  security.owners.members.add(ownerId);
}
