import type { WorkbookSettings } from '../hosts/spreadsheetHost';
import { LocalClaimStore } from '../store/local/localClaimStore';

/** The workbook setting naming its local store, so the file finds its own register again. */
export const STORE_ID_SETTING = 'localStoreId';

/**
 * The local store of this workbook. IndexedDB belongs to the add-in's origin, not to a file, so each workbook
 * keeps a random id in its settings and gets a database of its own: two registers on one computer never mix.
 */
export async function openWorkbookStore(settings: WorkbookSettings, newId: () => string): Promise<LocalClaimStore> {
  let id = await settings.get<string>(STORE_ID_SETTING);
  if (!id) {
    id = newId();
    await settings.set(STORE_ID_SETTING, id);
  }
  return LocalClaimStore.open(`claim-register-${id}`);
}
