import { wrongSheetPassword, type UnprotectedOutcome } from '../spreadsheetHost';
import type { SandboxSheet } from './sandboxSheet';

/**
 * Sheet protection in the sandbox, as Excel and WPS have it (审阅 → 保护工作表): a protected sheet's password is
 * kept with the sheet (and saved with the workbook); the host refuses the add-in's writes to it — values and new
 * rows as a `refused` outcome, formatting by throwing, as the real hosts do — until it is unprotected with that
 * password.
 */
export function isSheetProtected(sheet: SandboxSheet): boolean {
  return sheet.protection !== undefined;
}

export function protect(sheet: SandboxSheet, password: string): void {
  if (!isSheetProtected(sheet)) sheet.protection = { password };
}

/** Whether `password` unprotected the sheet (an unprotected sheet stays so). */
export function unprotect(sheet: SandboxSheet, password: string): boolean {
  if (sheet.protection && sheet.protection.password !== password) return false;
  delete sheet.protection;
  return true;
}

/** What a host throws for formatting a protected sheet. */
export function refuseFormatting(sheet: SandboxSheet, what: string): void {
  if (isSheetProtected(sheet)) throw new Error(`cannot ${what}: the sheet "${sheet.name}" is protected`);
}

/** Lifts the protection for `work` and puts it back with the same password, even when `work` fails. */
export async function withUnprotected<T>(sheet: SandboxSheet, password: string, work: () => Promise<T>): Promise<UnprotectedOutcome<T>> {
  const kept = sheet.protection;
  if (!kept) return { done: true, value: await work() };
  if (!unprotect(sheet, password)) return wrongSheetPassword(sheet.name);
  try {
    return { done: true, value: await work() };
  } finally {
    protect(sheet, kept.password);
  }
}
