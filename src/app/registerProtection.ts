import { REGISTER_SHEET_NAME } from '../core/register/registerSchema';
import type { SpreadsheetHost } from '../hosts/spreadsheetHost';
import { message, type Message } from '../i18n/message';
import { ProtectedWrites, withProtectedWrites, type ProtectionAccess } from './protectedWrites';
import { SheetPassword } from './sheetPassword';

/**
 * The register model's side of sheet protection (issue 12): the host it writes through (protectedWrites), the
 * manager's saved password, and the notice the pane shows while the register cannot be written.
 */
export class RegisterProtection {
  readonly host: SpreadsheetHost;
  readonly writes: ProtectedWrites;
  readonly password: SheetPassword;
  /** Why the add-in cannot write the register now (shown in the pane), or null. */
  notice: Message | null = null;
  private readonly access: ProtectionAccess;

  constructor(
    private readonly raw: SpreadsheetHost,
    sheet: () => string | null,
    isManager: () => boolean,
    private readonly changed: () => void,
  ) {
    this.access = {
      sheet: () => sheet() ?? REGISTER_SHEET_NAME,
      isManager,
      // A rep is told what to do about it (ask a manager), a manager why the write failed.
      refused: (reason) => this.show(isManager() ? reason : this.repNotice()),
    };
    this.writes = new ProtectedWrites(raw, this.access);
    this.host = withProtectedWrites(raw, this.writes, this.access);
    this.password = new SheetPassword(raw.settings, this.access, this.writes);
  }

  /**
   * Before a store write: null when the register can be written, else the message for the user (and the
   * pane's notice) — a rep's registration on a protected register is refused before anything is stored.
   */
  async blocked(): Promise<Message | null> {
    const reason = await this.writes.blocked();
    if (reason) this.show(this.access.isManager() ? reason : this.repNotice());
    else if (this.notice) this.show(null);
    return reason && !this.access.isManager() ? this.repNotice() : reason;
  }

  /** Looks at the sheet again (on open, after the user or the password changed): sets the pane's notice. */
  async refresh(): Promise<void> {
    const sheet = this.access.sheet();
    if (!(await this.raw.isProtected(sheet))) return this.show(null);
    if (!this.access.isManager()) return this.show(this.repNotice());
    const reason = await this.writes.blocked();
    this.show(reason ? message('host.protected.managerNotice', { sheet }) : null);
  }

  /** Resolves once the register's queued writes are done and its protection is back. */
  idle(): Promise<void> {
    return this.writes.idle();
  }

  private repNotice(): Message {
    return message('host.protected.repNotice', { sheet: this.access.sheet() });
  }

  private show(notice: Message | null): void {
    if (JSON.stringify(notice) === JSON.stringify(this.notice)) return;
    this.notice = notice;
    this.changed();
  }
}
