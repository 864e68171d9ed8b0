import { randomUUID } from 'node:crypto';
import type { SecurableScope } from './emulatedSecurity';

/** A failure the emulator answers with, shaped as Graph's error body. */
export class GraphFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

export type FieldValue = string | number | boolean | null;
export type Fields = Record<string, FieldValue>;
export type ColumnType = 'text' | 'note' | 'number' | 'boolean';

export interface EmulatedColumn {
  id: string;
  name: string;
  displayName: string;
  type: ColumnType;
  indexed: boolean;
  enforceUniqueValues: boolean;
  readOnly: boolean;
}

export interface EmulatedItem {
  id: number;
  guid: string;
  version: number;
  changeSeq: number;
  created: string;
  modified: string;
  /** Site user ids SharePoint stamps from the caller's token (Author / Editor); a client cannot set them. */
  authorId: number;
  editorId: number;
  fields: Fields;
}

/** Graph's columnDefinition, as far as the emulator understands it. */
export interface ColumnDefinition {
  name?: string;
  displayName?: string;
  indexed?: boolean;
  enforceUniqueValues?: boolean;
  text?: { allowMultipleLines?: boolean; maxLength?: number };
  number?: object;
  boolean?: object;
}

const TEXT_MAX = 255;
const SYSTEM_FIELDS = ['id', 'ContentType', 'Created', 'Modified', '_UIVersionString', 'Attachments'];
/** Who-did-it fields: the server stamps them; values a client sends for them are dropped, not stored. */
const STAMPED_FIELDS = ['author', 'editor', 'authorlookupid', 'editorlookupid', 'createdby', 'lastmodifiedby'];

/**
 * One SharePoint list: columns, items, and a change sequence that drives ETags and delta. SharePoint rules
 * kept here because the client depends on them: a unique column compares text case-insensitively, rejects a
 * duplicate with 409, and may only be unique when indexed; an If-Match that does not match is 412.
 */
export class EmulatedList {
  readonly id = randomUUID();
  readonly columns = new Map<string, EmulatedColumn>();
  readonly items = new Map<number, EmulatedItem>();
  readonly tombstones: { id: number; changeSeq: number }[] = [];
  changeSeq = 0;
  /** Delta tokens older than this are refused with 410 (the server forgot their history). */
  oldestDeltaSeq = 0;
  /** The list's own permissions once it stops inheriting the site's. */
  readonly scope: SecurableScope = { inherits: true, assignments: [] };
  /** 1: edit all items; 2: create items and edit (and delete) only items created by the user. */
  writeSecurity: 1 | 2 | 4 = 1;
  private nextItemId = 1;
  /** Per unique column: comparable value → item id, so a 10,000-item list still checks in O(1). */
  private readonly uniqueValues = new Map<string, Map<string, number>>();

  constructor(readonly displayName: string, readonly created: string) {
    this.addBuiltIn('Title', 'text');
  }

  get name(): string {
    return this.displayName.replace(/[^A-Za-z0-9]/g, '');
  }

  addColumn(definition: ColumnDefinition): EmulatedColumn {
    const name = definition.name ?? definition.displayName;
    if (!name) throw new GraphFailure(400, 'invalidRequest', 'A column needs a name.');
    if (this.column(name)) throw new GraphFailure(409, 'nameAlreadyExists', `A column named '${name}' already exists.`);
    const type: ColumnType = definition.number ? 'number' : definition.boolean ? 'boolean'
      : definition.text?.allowMultipleLines ? 'note' : 'text';
    if (definition.enforceUniqueValues && !definition.indexed) {
      throw new GraphFailure(400, 'invalidRequest', `Column '${name}' must be indexed to enforce unique values.`);
    }
    if (definition.enforceUniqueValues && type === 'note') {
      throw new GraphFailure(400, 'invalidRequest', 'Multiple lines of text cannot enforce unique values.');
    }
    const column: EmulatedColumn = {
      id: randomUUID(), name, displayName: definition.displayName ?? name, type,
      indexed: Boolean(definition.indexed), enforceUniqueValues: Boolean(definition.enforceUniqueValues), readOnly: false,
    };
    this.columns.set(name.toLowerCase(), column);
    return column;
  }

  column(name: string): EmulatedColumn | undefined {
    return this.columns.get(name.toLowerCase());
  }

  create(fields: Fields, now: string, authorId = 0): EmulatedItem {
    const clean = this.checkedFields(fields);
    this.checkUnique(clean, null);
    const item: EmulatedItem = {
      id: this.nextItemId++, guid: randomUUID().toUpperCase(), version: 1, changeSeq: ++this.changeSeq,
      created: now, modified: now, authorId, editorId: authorId, fields: clean,
    };
    this.items.set(item.id, item);
    this.indexUnique(item, null);
    return item;
  }

  update(id: number, fields: Fields, ifMatch: string | undefined, now: string, editorId = 0): EmulatedItem {
    const item = this.existing(id);
    this.checkEtag(item, ifMatch);
    const clean = this.checkedFields(fields);
    this.checkUnique(clean, id);
    const before = { ...item.fields };
    Object.assign(item.fields, clean);
    this.indexUnique(item, before);
    this.touch(item, now, editorId);
    return item;
  }

  /** A new version of the item: new ETag, a delta entry, the editor stamped. */
  touch(item: EmulatedItem, now: string, editorId: number): void {
    item.version += 1;
    item.changeSeq = ++this.changeSeq;
    item.modified = now;
    item.editorId = editorId;
  }

  remove(id: number, ifMatch: string | undefined): void {
    const item = this.existing(id);
    this.checkEtag(item, ifMatch);
    this.items.delete(id);
    for (const [name, values] of this.uniqueValues) {
      const value = comparable(item.fields[name] ?? null);
      if (value !== null && values.get(value) === id) values.delete(value);
    }
    this.tombstones.push({ id, changeSeq: ++this.changeSeq });
  }

  existing(id: number): EmulatedItem {
    const item = this.items.get(id);
    if (!item) throw new GraphFailure(404, 'itemNotFound', 'The specified list item was not found.');
    return item;
  }

  etag(item: EmulatedItem): string {
    return `"${item.guid},${item.version}"`;
  }

  private checkEtag(item: EmulatedItem, ifMatch: string | undefined): void {
    if (ifMatch === undefined || ifMatch === '*') return;
    const wanted = ifMatch.replace(/^W\//, '').replace(/[{}]/g, '');
    if (wanted !== this.etag(item)) {
      throw new GraphFailure(412, 'preconditionFailed', 'The resource has changed since the caller last read it; usually an eTag mismatch');
    }
  }

  private checkedFields(fields: Fields): Fields {
    const clean: Fields = {};
    for (const [name, value] of Object.entries(fields)) {
      if (name === '@odata.etag' || STAMPED_FIELDS.includes(name.toLowerCase())) continue;
      if (SYSTEM_FIELDS.includes(name)) throw new GraphFailure(400, 'invalidRequest', `Field '${name}' is read-only`);
      const column = this.column(name);
      if (!column) throw new GraphFailure(400, 'invalidRequest', `Field '${name}' is not recognized`);
      clean[column.name] = checkedValue(column, value);
    }
    return clean;
  }

  private checkUnique(fields: Fields, exceptId: number | null): void {
    for (const column of this.columns.values()) {
      if (!column.enforceUniqueValues || !(column.name in fields)) continue;
      const value = comparable(fields[column.name]);
      const holder = value === null ? undefined : this.uniqueValues.get(column.name)?.get(value);
      if (holder !== undefined && holder !== exceptId) {
        // What SharePoint says through Graph when a unique column would get a second copy of a value.
        throw new GraphFailure(409, 'nameAlreadyExists',
          `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${column.name}].`);
      }
    }
  }

  private indexUnique(item: EmulatedItem, before: Fields | null): void {
    for (const column of this.columns.values()) {
      if (!column.enforceUniqueValues) continue;
      const values = this.uniqueValues.get(column.name) ?? new Map<string, number>();
      this.uniqueValues.set(column.name, values);
      const old = before ? comparable(before[column.name] ?? null) : null;
      if (old !== null) values.delete(old);
      const now = comparable(item.fields[column.name] ?? null);
      if (now !== null) values.set(now, item.id);
    }
  }

  private addBuiltIn(name: string, type: ColumnType): void {
    this.columns.set(name.toLowerCase(), {
      id: randomUUID(), name, displayName: name, type, indexed: false, enforceUniqueValues: false, readOnly: false,
    });
  }
}

function checkedValue(column: EmulatedColumn, value: FieldValue): FieldValue {
  if (value === null) return null;
  const ok = column.type === 'number' ? typeof value === 'number'
    : column.type === 'boolean' ? typeof value === 'boolean'
      : typeof value === 'string' && (column.type === 'note' || value.length <= TEXT_MAX);
  if (!ok) throw new GraphFailure(400, 'invalidRequest', `Invalid value for field '${column.name}'`);
  return value;
}

/** SharePoint's unique check ignores case in text. */
function comparable(value: FieldValue): string | null {
  if (value === null || value === '') return null;
  return typeof value === 'string' ? value.toLowerCase() : String(value);
}
