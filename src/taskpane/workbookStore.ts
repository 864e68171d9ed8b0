import type { WorkbookSettings } from '../hosts/spreadsheetHost';
import { LocalClaimStore } from '../store/local/localClaimStore';
import { SheetMemoryDatabase } from '../store/local/sheetMemoryDatabase';
import type { SheetMemory } from '../store/sheetMemory';

/** The workbook setting naming its local store, so the file finds its own register again. */
export const STORE_ID_SETTING = 'localStoreId';

/**
 * This workbook's id on this computer. IndexedDB belongs to the add-in's origin, not to a file, so each
 * workbook keeps a random id in its settings and gets databases of its own: two registers never mix.
 */
async function workbookId(settings: WorkbookSettings, newId: () => string): Promise<string> {
  let id = await settings.get<string>(STORE_ID_SETTING);
  if (!id) {
    id = newId();
    await settings.set(STORE_ID_SETTING, id);
  }
  return id;
}

/** The local store of this workbook. */
export async function openWorkbookStore(settings: WorkbookSettings, newId: () => string): Promise<LocalClaimStore> {
  return LocalClaimStore.open(`claim-register-${await workbookId(settings, newId)}`);
}

/** What this computer last saw the workbook's register rows show (whichever store the team uses). */
export async function openSheetMemory(settings: WorkbookSettings, newId: () => string): Promise<SheetMemory> {
  return new SheetMemoryDatabase(`claim-register-sheet-${await workbookId(settings, newId)}`);
}
