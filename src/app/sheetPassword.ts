import { message, type Message } from '../i18n/message';
import type { WorkbookSettings } from '../hosts/spreadsheetHost';
import type { ProtectedWrites, ProtectionAccess } from './protectedWrites';

/** The workbook setting holding the register sheet's protection password, saved by a manager. */
export const SHEET_PASSWORD_SETTING = 'sheetPassword';

export type PasswordAnswer = { ok: true; message: Message } | { ok: false; message: Message };

/**
 * The sheet password a manager enters in 设置, kept in the workbook so the add-in can lift the protection
 * around its own writes. Only a manager may save or remove it, checked here where it is written; it is never
 * read back to the pane (only whether one is saved). On a protected register a password that does not open
 * the sheet is refused with a message and nothing is saved.
 */
export class SheetPassword {
  constructor(
    private readonly settings: WorkbookSettings,
    private readonly access: ProtectionAccess,
    private readonly writes: ProtectedWrites,
  ) {}

  async isSaved(): Promise<boolean> {
    return !!(await this.settings.get<string>(SHEET_PASSWORD_SETTING));
  }

  /** '' removes the saved password. */
  async save(password: string): Promise<PasswordAnswer> {
    if (!this.access.isManager()) return { ok: false, message: message('host.protected.managerOnly') };
    if (password === '') {
      await this.settings.set(SHEET_PASSWORD_SETTING, null);
      return { ok: true, message: message('host.protected.passwordRemoved') };
    }
    const wrong = await this.writes.opensWith(password);
    if (wrong) return { ok: false, message: message('host.protected.passwordNotSaved', { sheet: this.access.sheet() }) };
    await this.settings.set(SHEET_PASSWORD_SETTING, password);
    return { ok: true, message: message('host.protected.passwordSaved') };
  }
}
