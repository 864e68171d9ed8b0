import { parseIsoDate, type CalendarDate } from '../../core/dates/calendarDate';
import { STATUS_LABELS, type ContactStatus, type CustomerGrade, type CustomerRecord } from '../../core/register/customerRecord';
import type {
  Activity, ActivityKind, ClaimSettingsBlob, RosterEntry, StoredCustomer, StoredRosterEntry, StoredSettings,
} from '../claimStore';

/** A list item as Graph returns it (with `$expand=fields`); a delta entry for a deleted item has only id + deleted. */
export interface GraphListItem {
  id: string;
  eTag?: string;
  '@odata.etag'?: string;
  fields?: GraphFields;
  deleted?: { state: string };
  /** Who SharePoint recorded as creator and last editor, from their tokens. */
  createdBy?: GraphIdentitySet;
  lastModifiedBy?: GraphIdentitySet;
}

export interface GraphIdentitySet {
  user?: { id?: string; displayName?: string; email?: string };
}

/** The account (lower-case e-mail/UPN) SharePoint recorded as the item's creator, or '' when it says none. */
export function creatorOf(item: GraphListItem): string {
  return (item.createdBy?.user?.email ?? '').toLowerCase();
}

export type GraphFields = Record<string, unknown>;

export const SETTINGS_KEY = 'claim-policy';

/** SharePoint's item version token. Graph spells it with or without braces around the GUID; compare bare. */
function versionOf(item: GraphListItem): string {
  return item.eTag ?? item['@odata.etag'] ?? String(item.fields?.['@odata.etag'] ?? '');
}

export function sameVersion(a: string, b: string): boolean {
  const bare = (etag: string) => etag.replace(/^W\//, '').replace(/["{}]/g, '');
  return bare(a) === bare(b);
}

export function customerFields(record: CustomerRecord, lastEditId: string, previousRep = ''): GraphFields {
  return {
    Title: record.name,
    DedupeKey: record.dedupeKey,
    Seq: record.seq,
    Rep: record.rep,
    Department: record.department,
    ContactPerson: record.contactPerson,
    Phone: record.phone,
    FirstContactDate: record.firstContactDate ?? '',
    VisitDate: record.visitDate ?? '',
    SampleDate: record.sampleDate ?? '',
    SampleModel: record.sampleModel,
    DealDate: record.dealDate ?? '',
    // The register's own words (拜访, 送样 …) so the list reads like the sheet in SharePoint.
    Status: STATUS_LABELS[record.status],
    NextFollowUpDate: record.nextFollowUpDate ?? '',
    FollowUpNotes: record.followUpNotes,
    ProtectedUntil: record.protectedUntil ?? '',
    Grade: record.grade ?? '',
    ProductLine: record.productLine,
    ParentCustomer: record.parentCustomer,
    Remarks: record.remarks,
    LastEditId: lastEditId,
    PreviousRep: previousRep,
  };
}

/** Graph leaves empty columns out of `fields`, so every column has a default here. */
export function customerFromItem(item: GraphListItem): StoredCustomer {
  const f = item.fields ?? {};
  const record: CustomerRecord = {
    seq: typeof f.Seq === 'number' ? f.Seq : null,
    name: text(f.Title),
    rep: text(f.Rep),
    department: text(f.Department),
    contactPerson: text(f.ContactPerson),
    phone: text(f.Phone),
    firstContactDate: date(f.FirstContactDate),
    visitDate: date(f.VisitDate),
    sampleDate: date(f.SampleDate),
    sampleModel: text(f.SampleModel),
    dealDate: date(f.DealDate),
    status: statusOf(text(f.Status)),
    nextFollowUpDate: date(f.NextFollowUpDate),
    followUpNotes: text(f.FollowUpNotes),
    protectedUntil: date(f.ProtectedUntil),
    grade: gradeOf(text(f.Grade)),
    productLine: text(f.ProductLine),
    parentCustomer: text(f.ParentCustomer),
    remarks: text(f.Remarks),
    dedupeKey: text(f.DedupeKey),
  };
  return { id: item.id, record, version: versionOf(item), lastEditId: text(f.LastEditId) };
}

/** The owner before the edit that wrote this version (for rebuilding that edit's log line on a replay). */
export function previousRepOf(item: GraphListItem): string {
  return text(item.fields?.PreviousRep);
}

export function activityFields(activity: Activity): GraphFields {
  return {
    Title: activity.customerName,
    ActivityId: activity.id,
    Kind: activity.kind,
    DedupeKey: activity.dedupeKey,
    Actor: activity.actor,
    Rep: activity.rep,
    PreviousRep: activity.previousRep,
    ActivityDate: activity.date,
    Detail: activity.detail,
  };
}

/**
 * A log line with the server's actor: the roster name of the account SharePoint recorded as its creator.
 * The Actor column the client wrote is only kept (as `claimedActor`) when it disagrees. An account that is
 * not on the roster reads as the account itself; a roster without accounts (set up before they existed)
 * cannot be checked, and the written Actor is shown.
 */
export function activityFromItem(item: GraphListItem, names: ReadonlyMap<string, string> = new Map()): Activity {
  const f = item.fields ?? {};
  const written = text(f.Actor);
  const creator = creatorOf(item);
  const actor = names.size === 0 || !creator ? written : names.get(creator) ?? creator;
  return {
    id: text(f.ActivityId),
    kind: text(f.Kind) as ActivityKind,
    dedupeKey: text(f.DedupeKey),
    customerName: text(f.Title),
    actor,
    ...(actor !== written ? { claimedActor: written } : {}),
    rep: text(f.Rep),
    previousRep: text(f.PreviousRep),
    date: text(f.ActivityDate) as CalendarDate,
    detail: text(f.Detail),
  };
}

export function rosterFields(entry: RosterEntry): GraphFields {
  return {
    Title: entry.name, RepName: entry.name, Department: entry.department, IsManager: entry.isManager, HireDate: entry.hireDate ?? '',
    Account: entry.account?.trim().toLowerCase() ?? '',
  };
}

export function rosterFromItem(item: GraphListItem): StoredRosterEntry {
  const f = item.fields ?? {};
  return {
    id: item.id,
    entry: {
      name: text(f.RepName), department: text(f.Department), isManager: f.IsManager === true, hireDate: date(f.HireDate),
      ...(text(f.Account) ? { account: text(f.Account).toLowerCase() } : {}),
    },
  };
}

export function settingsFields(settings: ClaimSettingsBlob, lastEditId: string): GraphFields {
  return { Title: SETTINGS_KEY, SettingsKey: SETTINGS_KEY, SettingsJson: JSON.stringify(settings), LastEditId: lastEditId };
}

export function settingsFromItem(item: GraphListItem): StoredSettings {
  const f = item.fields ?? {};
  return { settings: JSON.parse(text(f.SettingsJson) || '{}') as ClaimSettingsBlob, version: versionOf(item), lastEditId: text(f.LastEditId) };
}

/** The field names to ask Graph for ($expand=fields($select=…)), keeping pages small. */
export function selectedFields(columns: readonly { name: string }[]): string {
  return ['Title', ...columns.map((column) => column.name)].join(',');
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

function date(value: unknown): CalendarDate | null {
  return typeof value === 'string' ? parseIsoDate(value) : null;
}

const STATUS_BY_LABEL = new Map<string, ContactStatus>(
  (Object.entries(STATUS_LABELS) as [ContactStatus, string][]).map(([status, label]) => [label, status]),
);

function statusOf(label: string): ContactStatus {
  return STATUS_BY_LABEL.get(label) ?? (label in STATUS_LABELS ? label as ContactStatus : 'phone');
}

function gradeOf(value: string): CustomerGrade | null {
  return value === 'A' || value === 'B' || value === 'C' ? value : null;
}
