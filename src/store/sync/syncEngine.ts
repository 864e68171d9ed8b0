import { message, type Message } from '../../i18n/message';
import type { ClaimStore, StoredCustomer } from '../claimStore';
import type { CustomerRekeying } from '../keyMoves';
import type { RegisterMirror } from '../local/registerMirror';
import { StoreUnavailableError } from '../storeUnavailable';
import { applyEdit, editIdOf, type EditResult, type OutboxEdit } from './outboxEdit';
import { QueuedMoves } from './queuedMoves';
import type { OutboxEntry, RejectedEdit, SyncJournal } from './syncJournal';

export type SubmitReceipt =
  /** The server answered: `result` says whether the edit took (a lost claim or a conflict is also listed as rejected). */
  | { state: 'applied'; result: EditResult }
  /** Not sent yet (offline, throttled …): it waits in the outbox and is replayed by the next flush. */
  | { state: 'queued'; reason: Message };

export interface FlushReport {
  /** Answers received in this flush, by edit id. */
  results: Map<string, EditResult>;
  /** Edits still waiting. */
  remaining: number;
  /** Why the flush stopped early, when it did. */
  blockedBy: Message | null;
}

/**
 * Team mode's write path and refresh. Every edit is written to the outbox first and leaves it only when the
 * server has answered, so an edit made offline survives a reload and is sent once it can be; replaying an
 * edit the server already applied (its answer was lost) is harmless because stores recognise the edit id.
 * Edits go out in the order they were made. A "no" from the server (lost claim, version conflict, refusal)
 * is never retried or overwritten: it is listed for the user in `rejected()`.
 */
export class SyncEngine {
  private chain: Promise<unknown> = Promise.resolve();
  /** Answers for edits a `submit` is waiting on, whichever flush happened to send them. */
  private readonly answers = new Map<string, EditResult | null>();

  constructor(private readonly remote: ClaimStore & CustomerRekeying, private readonly mirror: RegisterMirror, private readonly journal: SyncJournal) {}

  async submit(edit: OutboxEdit): Promise<SubmitReceipt> {
    const editId = editIdOf(edit);
    this.answers.set(editId, null);
    try {
      await this.journal.enqueue(edit);
      const report = await this.flush();
      const result = this.answers.get(editId);
      if (result) return { state: 'applied', result };
      return { state: 'queued', reason: report.blockedBy ?? message('store.unavailable.offline') };
    } finally {
      this.answers.delete(editId);
    }
  }

  /** Sends what the outbox holds, in order; one flush at a time. */
  flush(): Promise<FlushReport> {
    return this.serialized(async () => {
      const report = await this.flushNow();
      // Show the server's rows (new versions, winners) at once; if that read fails, the next sync catches up.
      if (report.results.size > 0) await this.pullNow().catch(ignoreUnavailable);
      return report;
    });
  }

  /** Reads the server's changes into the local copy (a full reload when the server asks for a resync). */
  pull(): Promise<void> {
    return this.serialized(() => this.pullNow());
  }

  /** What a timer or the browser's 'online' event calls: send what waits, then read what changed. */
  sync(): Promise<FlushReport> {
    return this.serialized(async () => {
      const report = await this.flushNow();
      if (report.blockedBy) return report;
      try {
        await this.pullNow();
      } catch (error) {
        ignoreUnavailable(error);
        report.blockedBy = (error as StoreUnavailableError).reason;
      }
      return report;
    });
  }

  pending(): Promise<OutboxEntry[]> {
    return this.journal.pending();
  }

  /** For the pane's status line: "已离线保存，待同步 3 条" while edits wait, else null. */
  async status(): Promise<Message | null> {
    const count = (await this.journal.pending()).length;
    return count > 0 ? message('store.sync.queued', { count }) : null;
  }

  rejected(): Promise<RejectedEdit[]> {
    return this.journal.listRejected();
  }

  /** The user has seen a rejected edit (and re-done it against the current row if they wanted). */
  dismiss(editId: string): Promise<void> {
    return this.journal.dismiss(editId);
  }

  private async flushNow(): Promise<FlushReport> {
    const report: FlushReport = { results: new Map(), remaining: 0, blockedBy: null };
    const entries = await this.journal.pending();
    const moves = new QueuedMoves();
    for (const [index, entry] of entries.entries()) {
      const result = await this.send({ ...entry, edit: moves.follow(entry.edit) });
      if (result instanceof StoreUnavailableError) {
        report.blockedBy = result.reason;
        report.remaining = entries.length - index;
        return report;
      }
      report.results.set(entry.editId, result);
      moves.sent(entry.edit, result);
    }
    return report;
  }

  private async send(entry: OutboxEntry): Promise<EditResult | StoreUnavailableError> {
    let result: EditResult;
    try {
      result = await applyEdit(this.remote, entry.edit);
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
      await this.journal.markFailedAttempt(entry, error.reason);
      return error;
    }
    if (result.ok) await this.journal.complete(entry);
    else await this.journal.reject(entry, result.reason, currentRowOf(result));
    if (this.answers.has(entry.editId)) this.answers.set(entry.editId, result);
    return result;
  }

  private async pullNow(): Promise<void> {
    const changes = await this.remote.changes(await this.mirror.remoteCursor());
    await this.mirror.apply(changes);
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const run = this.chain.then(work, work);
    this.chain = run.catch(() => undefined);
    return run;
  }
}

function ignoreUnavailable(error: unknown): void {
  if (!(error instanceof StoreUnavailableError)) throw error;
}

function currentRowOf(result: EditResult): StoredCustomer | null {
  if (result.ok) return null;
  if ('winner' in result) return result.winner;
  if ('current' in result) return result.current;
  return null;
}
