/// <reference types="office-js" />
import type { CellRange } from '../../core/summary/sheetSpec';
import type { SheetChange } from '../spreadsheetHost';
import { parseAddress } from './a1Address';
import type { ExcelBatches } from './excelBatches';

/** Change types after which cells below or to the right have moved. */
const SHIFTING = new Set<string>(['RowInserted', 'RowDeleted', 'ColumnInserted', 'ColumnDeleted', 'CellInserted', 'CellDeleted']);

export function sheetChangeOf(sheet: string, args: Pick<Excel.WorksheetChangedEventArgs, 'address' | 'changeType'>): SheetChange {
  return { sheet, range: parseAddress(args.address), shifted: SHIFTING.has(args.changeType) };
}

/**
 * Registers a worksheet event handler in a batch that waits for cell editing to end, and returns how to
 * remove it (on the registration's own context, as Office.js requires).
 */
export async function listen(
  batches: ExcelBatches,
  sheetName: string,
  register: (sheet: Excel.Worksheet) => OfficeExtension.EventHandlerResult<unknown>,
): Promise<() => Promise<void>> {
  const registration = await batches.read(async (context) => {
    const result = register(context.workbook.worksheets.getItem(sheetName));
    await context.sync();
    return result;
  });
  let removed = false;
  return async () => {
    if (removed) return;
    removed = true;
    await batches.onContext(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
  };
}

/** The add-in's own writes (recognised by `isOwn`) never reach the handler, whenever their event arrives. */
export function changedHandler(sheet: string, handler: (change: SheetChange) => unknown, isOwn: (change: SheetChange) => Promise<boolean>) {
  return async (args: Excel.WorksheetChangedEventArgs): Promise<void> => {
    const change = sheetChangeOf(sheet, args);
    if (await isOwn(change)) return;
    await handler(change);
  };
}

export function selectionHandler(handler: (selection: CellRange) => void) {
  return async (args: Excel.WorksheetSelectionChangedEventArgs): Promise<void> => {
    handler(parseAddress(args.address));
  };
}
