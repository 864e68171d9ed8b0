/// <reference types="office-js" />
import type { WorkbookSettings } from '../spreadsheetHost';
import type { OfficeEnvironment } from './excelEnvironment';

/** Keys are namespaced so the add-in's settings never collide with another add-in's in the same file. */
const PREFIX = 'claimRegister.';

/**
 * Settings kept in the workbook with Office's document settings (a property bag saved inside the file), so a
 * register file carries its policy and roster wherever it is copied. saveAsync writes them into the open
 * document; they reach the disk with the workbook's next save.
 */
export class DocumentSettings implements WorkbookSettings {
  constructor(private readonly settings: OfficeEnvironment['settings']) {}

  async get<T>(key: string): Promise<T | null> {
    const value = this.settings.get(PREFIX + key) as T | null | undefined;
    return value ?? null;
  }

  async set<T>(key: string, value: T): Promise<void> {
    this.settings.set(PREFIX + key, value);
    await new Promise<void>((resolve, reject) => {
      this.settings.saveAsync((result) => (result.error ? reject(result.error) : resolve()));
    });
  }
}
