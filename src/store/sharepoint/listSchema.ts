/**
 * The four SharePoint lists the add-in provisions and the columns it relies on. Internal column names are
 * ASCII (they appear in Graph URLs and $filter); Title holds the human-readable name so the lists read well
 * in SharePoint's own views. Calendar dates are stored as 'YYYY-MM-DD' text, not dateTime columns: SharePoint
 * keeps dateTime in UTC and shifts date-only values by the site's time zone, and a claim day must not move.
 */
export type ListKey = 'customers' | 'activities' | 'roster' | 'settings';
export type ColumnKind = 'text' | 'note' | 'number' | 'boolean';

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  /** Unique implies indexed: SharePoint enforces uniqueness only on indexed columns. */
  unique?: boolean;
  /** Indexed so $filter on it works on large lists. */
  indexed?: boolean;
}

export interface ListSpec {
  key: ListKey;
  suffix: string;
  columns: ColumnSpec[];
}

const text = (name: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ name, kind: 'text', ...extra });

export const LIST_SPECS: readonly ListSpec[] = [
  {
    key: 'customers',
    suffix: 'Customers',
    columns: [
      // The 查重键: unique and indexed, so the server — not a client — decides which claim wins a race.
      text('DedupeKey', { unique: true, indexed: true }),
      { name: 'Seq', kind: 'number' },
      text('Rep', { indexed: true }),
      text('Department'),
      text('ContactPerson'),
      text('Phone'),
      text('FirstContactDate'),
      text('VisitDate'),
      text('SampleDate'),
      text('SampleModel'),
      text('DealDate'),
      text('Status'),
      text('NextFollowUpDate'),
      { name: 'FollowUpNotes', kind: 'note' },
      text('ProtectedUntil'),
      text('Grade'),
      text('ProductLine'),
      text('ParentCustomer'),
      { name: 'Remarks', kind: 'note' },
      text('LastEditId'),
      // The owner before the last edit, so a replayed transfer can still write its log line.
      text('PreviousRep'),
    ],
  },
  {
    key: 'activities',
    suffix: 'Activities',
    columns: [
      // The edit's idempotency key: a replayed append is refused as a duplicate instead of logged twice.
      text('ActivityId', { unique: true, indexed: true }),
      text('Kind'),
      text('DedupeKey', { indexed: true }),
      text('Actor'),
      text('Rep'),
      text('PreviousRep'),
      text('ActivityDate'),
      { name: 'Detail', kind: 'note' },
    ],
  },
  {
    key: 'roster',
    suffix: 'Roster',
    columns: [
      text('RepName', { unique: true, indexed: true }),
      // The work account (UPN) that signs in as this rep.
      text('Account', { indexed: true }),
      text('Department'),
      { name: 'IsManager', kind: 'boolean' },
      text('HireDate'),
    ],
  },
  {
    key: 'settings',
    suffix: 'Settings',
    columns: [
      text('SettingsKey', { unique: true, indexed: true }),
      { name: 'SettingsJson', kind: 'note' },
      text('LastEditId'),
    ],
  },
];

export const DEFAULT_LIST_PREFIX = 'ClaimRegister';

export function listTitle(prefix: string, spec: ListSpec): string {
  return `${prefix}${spec.suffix}`;
}

/** Graph's columnDefinition for a spec. */
export function columnDefinition(column: ColumnSpec): Record<string, unknown> {
  const type = column.kind === 'number' ? { number: {} }
    : column.kind === 'boolean' ? { boolean: {} }
      : column.kind === 'note' ? { text: { allowMultipleLines: true } }
        : { text: {} };
  return {
    name: column.name,
    ...type,
    ...(column.unique ? { enforceUniqueValues: true, indexed: true } : column.indexed ? { indexed: true } : {}),
  };
}
