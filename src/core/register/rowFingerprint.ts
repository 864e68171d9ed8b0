import { emptyCustomerRecord, type CustomerRecord } from './customerRecord';

/** The columns the add-in computes (查重键, 保护到期): what a row shows is the rest, in a fixed order. */
const COMPUTED: ReadonlySet<keyof CustomerRecord> = new Set(['dedupeKey', 'protectedUntil']);
const SHOWN = (Object.keys(emptyCustomerRecord()) as (keyof CustomerRecord)[]).filter((field) => !COMPUTED.has(field)).sort();

/** A row's typed content as one string: its fields but the computed ones, in a fixed order, empty as null. */
function shownContent(record: CustomerRecord): string {
  return JSON.stringify(SHOWN.map((field) => [field, record[field] ?? null]));
}

/**
 * Whether a row placed with `a` shows `b`: the same customer (查重键: a key moved since is written again) with
 * the same content. 保护到期 is left out: the live check computes it into the sheet with the claim's history
 * (a handover restarts the window), so it differs from the store's own value by design.
 */
export function showsSame(a: CustomerRecord, b: CustomerRecord): boolean {
  if (a.dedupeKey !== b.dedupeKey) return false;
  // Field by field, not through shownContent: an open compares every stored customer with its row.
  for (const field of SHOWN) if ((a[field] ?? null) !== (b[field] ?? null)) return false;
  return true;
}

/**
 * A short fingerprint of what a row shows, the computed columns aside (FNV-1a, 32 bits, twice with different
 * seeds): what the add-in remembers of each row, so a later open tells a row edited in the sheet from one the
 * store moved past.
 */
export function rowFingerprint(record: CustomerRecord): string {
  const content = shownContent(record);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ content.length;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(36) + '.' + (b >>> 0).toString(36);
}
