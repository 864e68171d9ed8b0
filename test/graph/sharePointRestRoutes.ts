import { randomUUID } from 'node:crypto';
import { GraphFailure } from './emulatedList';
import { accessDenied, maskFromBasePermissions, type EmulatedGroup, type EmulatedUser, type SecurableScope } from './emulatedSecurity';
import type { EmulatedRequest, EmulatedResponse, EmulatedSite, UserDirectoryEntry } from './graphRoutes';

/**
 * The SharePoint REST endpoints (`<site>/_api/web/…`) for what Graph has no API for: permission levels,
 * site groups and their members, breaking a list's inheritance, role assignments, a list's WriteSecurity,
 * and setting an item's Author (validateUpdateListItem). Answers in `odata=nometadata` JSON; refusals in
 * SharePoint's own error shape (`odata.error` with a code such as "-2147024891, System.UnauthorizedAccessException").
 */
export class SharePointRestRoutes {
  constructor(
    private readonly sites: EmulatedSite[], private readonly now: () => string,
    /** The tenant's accounts (Entra ID), which ensureuser resolves a login against. */
    private readonly tenant: () => ReadonlyMap<string, UserDirectoryEntry>,
  ) {}

  handle(request: EmulatedRequest, caller: UserDirectoryEntry): EmulatedResponse {
    try {
      return this.route(request, caller);
    } catch (error) {
      if (error instanceof GraphFailure) return restFailure(error);
      throw error;
    }
  }

  private route(request: EmulatedRequest, caller: UserDirectoryEntry): EmulatedResponse {
    const path = decodeURIComponent(request.url.split('?')[0]);
    const at = path.indexOf('/_api/web');
    const site = this.sites.find((s) => `/${s.hostname}${s.path}`.toLowerCase() === path.slice(0, at).toLowerCase());
    if (at < 0 || !site) throw new GraphFailure(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
    const { security } = site;
    const user = security.ensureUser(caller.email, new Map([[caller.email, caller]]));
    if (security.effective(user.id, security.web) === 0n && ![...site.lists.values()].some((l) => security.effective(user.id, l.scope) !== 0n)) throw accessDenied();
    const rest = path.slice(at + '/_api/web'.length);
    const method = request.method === 'POST' && /merge/i.test(request.headers['x-http-method'] ?? '') ? 'MERGE' : request.method;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const manage = (scope: SecurableScope = security.web): void => security.demand(user.id, scope, 'ManagePermissions');
    let m: RegExpExecArray | null;

    if (rest === '/currentuser' && method === 'GET') return ok(userJson(user));
    if (rest === '/associatedmembergroup' && method === 'GET') return ok(groupJson(security.members));
    if (rest === '/associatedownergroup' && method === 'GET') return ok(groupJson(security.owners));
    if ((m = /^\/roledefinitions\/getbyname\('(.*)'\)$/.exec(rest)) && method === 'GET') {
      const found = [...security.roleDefinitions.values()].find((r) => r.name.toLowerCase() === unquote(m![1]).toLowerCase());
      if (!found) throw notFound('Cannot find the permission level.');
      return ok({ Id: found.id, Name: found.name, BasePermissions: { High: String(found.mask >> 32n), Low: String(found.mask & 0xffffffffn) } });
    }
    if (rest === '/roledefinitions' && method === 'POST') {
      manage();
      const created = security.addRoleDefinition(String(body.Name ?? ''), maskFromBasePermissions(body.BasePermissions as never));
      return ok({ Id: created.id, Name: created.name }, 201);
    }
    if ((m = /^\/sitegroups\/getbyname\('(.*)'\)$/.exec(rest)) && method === 'GET') {
      const found = [...security.groups.values()].find((g) => g.title.toLowerCase() === unquote(m![1]).toLowerCase());
      if (!found) throw notFound('Group cannot be found.');
      return ok(groupJson(found));
    }
    if (rest === '/sitegroups' && method === 'POST') {
      manage();
      return ok(groupJson(security.addGroup(String(body.Title ?? ''))), 201);
    }
    if ((m = /^\/sitegroups\((\d+)\)\/users$/.exec(rest))) {
      const group = security.groups.get(Number(m[1]));
      if (!group) throw notFound('Group cannot be found.');
      if (method === 'GET') return ok({ value: [...group.members].map((id) => userJson(security.principal(id) as EmulatedUser)) });
      if (method === 'POST') {
        security.demandGroupEdit(user.id, group);
        const member = security.ensureUser(String(body.LoginName ?? ''), this.tenant());
        group.members.add(member.id);
        return ok(userJson(member), 201);
      }
    }
    if ((m = /^\/sitegroups\((\d+)\)\/users\/removebyid\((\d+)\)$/.exec(rest)) && method === 'POST') {
      const group = security.groups.get(Number(m[1]));
      if (!group) throw notFound('Group cannot be found.');
      security.demandGroupEdit(user.id, group);
      group.members.delete(Number(m[2]));
      return noContent();
    }
    if ((m = /^\/sitegroups\((\d+)\)\/setuserasowner\((\d+)\)$/i.exec(rest)) && method === 'POST') {
      manage();
      const group = security.groups.get(Number(m[1]));
      if (!group) throw notFound('Group cannot be found.');
      group.ownerId = security.principal(Number(m[2])).id;
      return noContent();
    }
    if (rest === '/ensureuser' && method === 'POST') {
      manage();
      return ok(userJson(security.ensureUser(String(body.logonName ?? ''), this.tenant())));
    }

    const listMatch = /^\/lists\(guid'([^']+)'\)(.*)$/.exec(rest);
    if (!listMatch) throw notFound('Not found.');
    const list = site.list(listMatch[1]);
    const tail = listMatch[2];
    security.demand(user.id, list.scope, 'ViewListItems');
    if (tail === '' && method === 'MERGE') {
      security.demand(user.id, list.scope, 'ManageLists');
      if (body.WriteSecurity !== undefined) {
        if (![1, 2, 4].includes(Number(body.WriteSecurity))) throw new GraphFailure(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'Invalid WriteSecurity.');
        list.writeSecurity = Number(body.WriteSecurity) as 1 | 2 | 4;
      }
      return noContent();
    }
    if (tail === '' && method === 'GET') return ok({ Id: list.id, Title: list.displayName, WriteSecurity: list.writeSecurity, HasUniqueRoleAssignments: !list.scope.inherits });
    if ((m = /^\/breakroleinheritance\(copyRoleAssignments=(true|false),clearSubscopes=(true|false)\)$/.exec(tail)) && method === 'POST') {
      manage(list.scope);
      if (list.scope.inherits) {
        list.scope.assignments.splice(0, list.scope.assignments.length, ...(m[1] === 'true' ? security.web.assignments.map((a) => ({ ...a })) : []));
        list.scope.inherits = false;
      }
      return noContent();
    }
    if ((m = /^\/roleassignments\/addroleassignment\(principalid=(\d+),roledefid=(\d+)\)$/.exec(tail)) && method === 'POST') {
      manage(list.scope);
      if (list.scope.inherits) throw new GraphFailure(400, '-2147024809, System.ArgumentException', 'This operation is not allowed on an object that inherits permissions.');
      const principalId = Number(m[1]);
      const roleDefId = Number(m[2]);
      security.principal(principalId);
      if (!security.roleDefinitions.has(roleDefId)) throw notFound('Cannot find the permission level.');
      if (!list.scope.assignments.some((a) => a.principalId === principalId && a.roleDefId === roleDefId)) {
        list.scope.assignments.push({ principalId, roleDefId });
      }
      return noContent();
    }
    if ((m = /^\/roleassignments\/getbyprincipalid\((\d+)\)\/deleteobject\(\)$/.exec(tail)) && method === 'POST') {
      manage(list.scope);
      if (list.scope.inherits) throw new GraphFailure(400, '-2147024809, System.ArgumentException', 'This operation is not allowed on an object that inherits permissions.');
      const keep = list.scope.assignments.filter((a) => a.principalId !== Number(m![1]));
      list.scope.assignments.splice(0, list.scope.assignments.length, ...keep);
      return noContent();
    }
    if ((m = /^\/items\((\d+)\)\/validateupdatelistitem$/.exec(tail)) && method === 'POST') {
      const item = list.existing(Number(m[1]));
      site.demandItemWrite(user, list, item, 'EditListItems');
      const values = (body.formValues ?? []) as { FieldName: string; FieldValue: string }[];
      for (const { FieldName, FieldValue } of values) {
        if (FieldName !== 'Author') throw new GraphFailure(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The emulator sets only Author, not ${FieldName}.`);
        const key = (JSON.parse(FieldValue) as { Key: string }[])[0]?.Key ?? '';
        item.authorId = security.ensureUser(key, this.tenant()).id;
      }
      list.touch(item, this.now(), user.id);
      return ok({ value: values.map((v) => ({ FieldName: v.FieldName, FieldValue: v.FieldValue, HasException: false, ErrorMessage: null })) });
    }
    throw notFound('Not found.');
  }
}

function unquote(text: string): string {
  return text.replace(/''/g, "'");
}

function userJson(user: EmulatedUser): object {
  return { Id: user.id, LoginName: user.loginName, Email: user.email, Title: user.title, UserPrincipalName: user.email };
}

function groupJson(group: EmulatedGroup): object {
  return { Id: group.id, Title: group.title };
}

function ok(body: unknown, status = 200): EmulatedResponse {
  return { status, headers: { 'Content-Type': 'application/json;odata=nometadata;charset=utf-8' }, body };
}

function noContent(): EmulatedResponse {
  return { status: 200, headers: { 'Content-Type': 'application/json;odata=nometadata;charset=utf-8' }, body: { 'odata.null': true } };
}

function notFound(text: string): GraphFailure {
  return new GraphFailure(404, '-2146232832, Microsoft.SharePoint.SPException', text);
}

/** SharePoint REST's error body; Graph's `accessDenied` becomes UnauthorizedAccessException here. */
function restFailure(error: GraphFailure): EmulatedResponse {
  const code = error.code === 'accessDenied' ? '-2147024891, System.UnauthorizedAccessException' : error.code;
  const text = error.code === 'accessDenied'
    ? 'Access denied. You do not have permission to perform this action or access this resource.' : error.message;
  return {
    status: error.status,
    headers: { 'Content-Type': 'application/json;odata=nometadata;charset=utf-8', 'SPRequestGuid': randomUUID() },
    body: { 'odata.error': { code, message: { lang: 'en-US', value: text } } },
  };
}
