import type { WorkbookSettings } from '../../src/hosts/spreadsheetHost';

/** A workbook's settings kept in memory, with the JSON round trip the hosts do; shareable between copies of a file. */
export class MemorySettings implements WorkbookSettings {
  readonly values = new Map<string, string>();
  async get<T>(key: string): Promise<T | null> {
    const text = this.values.get(key);
    return text === undefined ? null : (JSON.parse(text) as T);
  }
  async set<T>(key: string, value: T): Promise<void> {
    this.values.set(key, JSON.stringify(value));
  }
}
