import type { SpreadsheetHost, UnprotectedOutcome, WriteOutcome } from '../hosts/spreadsheetHost';
import { refusedOnProtected } from '../hosts/spreadsheetHost';
import type { Message } from '../i18n/message';
import { SHEET_PASSWORD_SETTING } from './sheetPassword';

/** Who may use the saved sheet password: only a manager. */
export interface ProtectionAccess {
  /** The register sheet's name, where every guarded write lands (appendRows names only the table). */
  sheet(): string;
  isManager(): boolean;
  /** A write was refused whole (protected, no usable password); the pane shows why. */
  refused(reason: Message): void;
}

type Job = (unprotected: boolean) => Promise<void>;

/**
 * The register's writes on a sheet a manager protected. Every write to the register sheet goes through one
 * queue, one at a time. On an unprotected sheet it is written as usual. On a protected one, with a manager and
 * the saved password, ONE unprotect/protect window is opened, and every guarded write that queues while it is
 * open runs inside that same window; the window closes (protection back, with the same password and options —
 * the hosts' withSheetUnprotected restores it even when a write fails) once the queue is empty. So windows
 * never overlap (two would leave the sheet open: the second finds it unprotected and has nothing to restore),
 * and `idle()` resolves only with protection restored. A rep, or a manager without a working password, gets
 * nothing written (the hosts refuse whole, never half a row) and `access.refused` hears why.
 */
export class ProtectedWrites {
  private readonly queue: Job[] = [];
  private draining: Promise<void> | null = null;

  constructor(private readonly host: SpreadsheetHost, private readonly access: ProtectionAccess) {}

  /** The password the add-in may use now: a manager's saved one, else null. */
  async password(): Promise<string | null> {
    if (!this.access.isManager()) return null;
    const saved = await this.host.settings.get<string>(SHEET_PASSWORD_SETTING);
    return saved ? saved : null;
  }

  /**
   * Whether the add-in may write the register now: null when it may (unprotected, or a manager whose saved
   * password opens the sheet), else why not. Asked BEFORE a store write, so a rep on a protected register never
   * gets a customer in the store that the sheet cannot show (the store write is not done, rather than undone).
   */
  async blocked(): Promise<Message | null> {
    return this.opens(() => this.password());
  }

  /** Whether `password` opens the register sheet (null: it does, or the sheet is not protected), in the queue. */
  opensWith(password: string): Promise<Message | null> {
    return this.opens(async () => password);
  }

  private opens(password: () => Promise<string | null>): Promise<Message | null> {
    return this.enqueue(async (unprotected) => {
      const sheet = this.access.sheet();
      if (unprotected || !(await this.host.isProtected(sheet))) return null;
      const tried = await password();
      if (tried === null) return refusedOnProtected(sheet).refused!;
      const outcome = await this.window(sheet, tried, () => Promise.resolve(null));
      return outcome.done ? null : outcome.reason;
    });
  }

  /** A write that answers a protected sheet with `refused` (writeRange, appendRows): tried as it is first. */
  tried<T extends WriteOutcome>(write: () => Promise<T>, refusedValue: (reason: Message) => T): Promise<T> {
    return this.enqueue(async (unprotected) => {
      const first = await write();
      if (!first.refused || unprotected) return first;
      return this.underProtection(write, refusedValue);
    });
  }

  /** A write the hosts would throw on when the sheet is protected (marks, validation, highlights): asked first. */
  checked(write: () => Promise<void>): Promise<void> {
    return this.enqueue(async (unprotected) => {
      if (unprotected || !(await this.host.isProtected(this.access.sheet()))) return write();
      return this.underProtection(write, () => undefined);
    });
  }

  /** Resolves once every guarded write queued so far is done and the sheet's protection is back. */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private async underProtection<T>(write: () => Promise<T>, refusedValue: (reason: Message) => T): Promise<T> {
    const sheet = this.access.sheet();
    const password = await this.password();
    const outcome = password === null
      ? { done: false as const, reason: refusedOnProtected(sheet).refused! }
      : await this.window(sheet, password, write);
    if (outcome.done) return outcome.value;
    this.access.refused(outcome.reason);
    return refusedValue(outcome.reason);
  }

  /** Lifts protection for `work` and for every job queued while it runs, then restores it once. */
  private window<T>(sheet: string, password: string, work: () => Promise<T>): Promise<UnprotectedOutcome<T>> {
    return this.host.withSheetUnprotected(sheet, password, async () => {
      const value = await work();
      for (let job = this.queue.shift(); job; job = this.queue.shift()) await job(true);
      return value;
    });
  }

  private enqueue<T>(run: (unprotected: boolean) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push((unprotected) => run(unprotected).then(resolve, reject));
      this.draining ??= this.drain();
    });
  }

  private async drain(): Promise<void> {
    try {
      for (let job = this.queue.shift(); job; job = this.queue.shift()) await job(false);
    } finally {
      this.draining = null;
    }
  }
}

/** The host as the register model uses it: writes to the register sheet go through `writes`. */
export function withProtectedWrites(host: SpreadsheetHost, writes: ProtectedWrites, access: ProtectionAccess): SpreadsheetHost {
  const onRegister = (sheet: string) => sheet === access.sheet();
  return new Proxy(host, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const call = <T>(args: unknown[]) => (value as (...a: unknown[]) => Promise<T>).apply(target, args);
      switch (property) {
        case 'appendRows':
          return (...args: unknown[]) => writes.tried(() => call<{ firstRow: number } & WriteOutcome>(args), (refused) => ({ firstRow: -1, refused }));
        case 'writeRange':
          return (sheet: string, ...rest: unknown[]) => (onRegister(sheet)
            ? writes.tried(() => call<WriteOutcome>([sheet, ...rest]), (refused) => ({ refused }))
            : call([sheet, ...rest]));
        case 'markRows': case 'setValidation': case 'setConditionalFormats':
          return (sheet: string, ...rest: unknown[]) => (onRegister(sheet) ? writes.checked(() => call([sheet, ...rest])) : call([sheet, ...rest]));
        default:
          return value.bind(target) as unknown;
      }
    },
  });
}
