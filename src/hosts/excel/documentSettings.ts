/// <reference types="office-js" />
import type { WorkbookSettings } from '../spreadsheetHost';
import type { OfficeEnvironment } from './excelEnvironment';

/** Keys are namespaced so the add-in's settings never collide with another add-in's in the same file. */
const PREFIX = 'claimRegister.';

/**
 * Settings kept in the workbook with Office's document settings (a property bag saved inside the file), so a
 * register file carries its policy and roster wherever it is copied. saveAsync writes them into the open
 * document; they reach the disk with the workbook's next save.
 *
 * The bag is this runtime's copy: the ribbon's runtime or a co-author may have saved newer values since. So
 * every read refreshes it first (refreshAsync), and so does every write before it saves — saveAsync writes the
 * whole bag and would otherwise put old values back over newer ones. Reads at the same moment share one refresh.
 */
export class DocumentSettings implements WorkbookSettings {
  private refreshing: Promise<void> | null = null;

  constructor(private readonly settings: OfficeEnvironment['settings']) {}

  async get<T>(key: string): Promise<T | null> {
    await this.refresh();
    const value = this.settings.get(PREFIX + key) as T | null | undefined;
    return value ?? null;
  }

  async set<T>(key: string, value: T): Promise<void> {
    await this.refresh();
    this.settings.set(PREFIX + key, value);
    await new Promise<void>((resolve, reject) => {
      this.settings.saveAsync((result) => (result.error ? reject(result.error) : resolve()));
    });
  }

  private refresh(): Promise<void> {
    this.refreshing ??= new Promise<void>((resolve, reject) => {
      this.settings.refreshAsync((result) => {
        this.refreshing = null;
        if (result.error) reject(result.error);
        else resolve();
      });
    });
    return this.refreshing;
  }
}
