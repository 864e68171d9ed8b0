import type { EditResult, OutboxEdit } from './outboxEdit';

interface Moved {
  to: string;
  /** The row's version before and after the move: an edit made on the row as it stood follows it. */
  before: string | null;
  after: string;
}

/**
 * Key moves sent in one flush of the outbox, so the edits queued after a move (made offline, while the pane
 * still showed the row under its old key) reach the row under its new key instead of failing as 'missing'.
 * Only an edit made on the row as the move found it follows (its expected version is the one the move
 * replaced); an edit on an older version stays a conflict for the user to see, as always.
 */
export class QueuedMoves {
  private readonly moved = new Map<string, Moved>();

  sent(edit: OutboxEdit, result: EditResult): void {
    if (edit.kind !== 'rekey' || !result.ok || !('customer' in result)) return;
    this.moved.set(edit.move.from, { to: edit.move.to, before: edit.version, after: result.customer.version });
  }

  follow(edit: OutboxEdit): OutboxEdit {
    if (this.moved.size === 0) return edit;
    switch (edit.kind) {
      case 'update': {
        const move = this.moveOf(edit.record.dedupeKey, edit.expectedVersion);
        return move ? { ...edit, record: { ...edit.record, dedupeKey: move.to }, expectedVersion: move.after, log: this.logOf(edit.log) } : edit;
      }
      case 'transfer': {
        const move = this.moveOf(edit.request.dedupeKey, edit.request.expectedVersion);
        if (!move) return edit;
        const record = edit.request.record && { ...edit.request.record, dedupeKey: move.to };
        return { ...edit, request: { ...edit.request, dedupeKey: move.to, expectedVersion: move.after, ...(record && { record }) }, log: this.logOf(edit.log) };
      }
      case 'remove': {
        const move = this.moveOf(edit.dedupeKey, edit.expectedVersion);
        return move ? { ...edit, dedupeKey: move.to, expectedVersion: move.after } : edit;
      }
      case 'activity': {
        const to = this.moved.get(edit.activity.dedupeKey)?.to;
        return to ? { ...edit, activity: { ...edit.activity, dedupeKey: to } } : edit;
      }
      default:
        return edit;
    }
  }

  private moveOf(key: string, expectedVersion: string): Moved | undefined {
    const move = this.moved.get(key);
    return move && move.before === expectedVersion ? move : undefined;
  }

  private logOf<T extends { dedupeKey: string }>(log: readonly T[] | undefined): T[] | undefined {
    return log?.map((line) => {
      const to = this.moved.get(line.dedupeKey)?.to;
      return to ? { ...line, dedupeKey: to } : line;
    });
  }
}
