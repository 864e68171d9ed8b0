import Dexie, { type Table } from 'dexie';
import type { WorkbookSnapshot } from './workbookSnapshot';

interface StoredWorkbook {
  name: string;
  snapshot: WorkbookSnapshot;
}

/** The sandbox's "file": its workbook kept in IndexedDB, so a reload opens the same sheets. */
export class WorkbookStorage extends Dexie {
  workbooks!: Table<StoredWorkbook, string>;

  constructor(databaseName: string) {
    super(databaseName);
    this.version(1).stores({ workbooks: '&name' });
  }

  async load(name: string): Promise<WorkbookSnapshot | null> {
    return (await this.workbooks.get(name))?.snapshot ?? null;
  }

  async save(name: string, snapshot: WorkbookSnapshot): Promise<void> {
    await this.workbooks.put({ name, snapshot });
  }
}
