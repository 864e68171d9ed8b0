/// <reference types="office-js" />
import { wrongSheetPassword, type UnprotectedOutcome } from '../spreadsheetHost';
import type { ExcelBatches } from './excelBatches';

/** Worksheet.protection.protected (ExcelApi 1.2). */
export async function isProtected(batches: ExcelBatches, sheetName: string): Promise<boolean> {
  return batches.read(async (context) => {
    const protection = context.workbook.worksheets.getItem(sheetName).protection.load('protected');
    await context.sync();
    return protection.protected;
  });
}

/**
 * Lifts the sheet's protection with the manager's password for `work`, and protects it again with the same
 * password and the options it had (what users may still do), even when `work` fails. Excel refuses a wrong
 * password at unprotect; that is the outcome, and nothing is written.
 */
export async function withSheetUnprotected<T>(
  batches: ExcelBatches, sheetName: string, password: string, work: () => Promise<T>,
): Promise<UnprotectedOutcome<T>> {
  const options = await batches.read(async (context) => {
    const protection = context.workbook.worksheets.getItem(sheetName).protection.load('protected,options');
    await context.sync();
    if (!protection.protected) return null;
    const kept: Excel.WorksheetProtectionOptions = protection.options;
    try {
      protection.unprotect(password);
      await context.sync();
    } catch {
      return 'wrongPassword' as const;
    }
    return kept;
  });
  if (options === 'wrongPassword') return wrongSheetPassword(sheetName);
  try {
    return { done: true, value: await work() };
  } finally {
    if (options) {
      await batches.read(async (context) => {
        context.workbook.worksheets.getItem(sheetName).protection.protect(options, password);
        await context.sync();
      });
    }
  }
}
