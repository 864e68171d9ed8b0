import { wrongSheetPassword, type UnprotectedOutcome } from '../spreadsheetHost';
import type { EtSession } from './etSession';

/** Worksheet.ProtectContents: the sheet's cells are protected (WPS then refuses changes to locked ones). */
export function isProtected(session: EtSession, sheetName: string): boolean {
  return session.requireSheet(sheetName).ProtectContents;
}

/**
 * Lifts the sheet's protection with the manager's password for `work`, and protects it again with the same
 * password and what it protected (drawings, scenarios), even when `work` fails. ET throws on a wrong password
 * at Unprotect; that is the outcome, and nothing is written.
 */
export async function withSheetUnprotected<T>(
  session: EtSession, sheetName: string, password: string, work: () => Promise<T>,
): Promise<UnprotectedOutcome<T>> {
  const sheet = session.requireSheet(sheetName);
  if (!sheet.ProtectContents) return { done: true, value: await work() };
  const drawings = sheet.ProtectDrawingObjects;
  const scenarios = sheet.ProtectScenarios;
  try {
    sheet.Unprotect(password);
  } catch {
    return wrongSheetPassword(sheetName);
  }
  try {
    return { done: true, value: await work() };
  } finally {
    sheet.Protect(password, drawings, true, scenarios);
  }
}
