import { NameIndex } from './nameIndex';

/** A stored record before this key rule: its name and the key it was stored under. */
export interface StoredRecord {
  name: string;
  key: string;
}

/**
 * Migrates stored keys to the rule above, in register order (the first of two 关联公司 keeps the plain key): the
 * new key of each record, by position. Records that are one customer end on one key, as before; a 关联公司 that
 * shared its key with another city's company (old rule) gets its own.
 */
export function migrateStoredKeys(records: readonly StoredRecord[]): string[] {
  const index = new NameIndex();
  const keys: string[] = [];
  records.forEach((record, position) => {
    const key = index.storedKey(record.name, (id) => keys[Number(id)]);
    keys.push(key);
    index.add(String(position), record.name);
  });
  return keys;
}
