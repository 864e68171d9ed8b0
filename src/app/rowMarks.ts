import { findRow, type FindingContext, type RegisterEntry, type RowFinding } from '../core/register/rowFindings';
import type { CustomerGrade } from '../core/register/customerRecord';
import type { Message } from '../i18n/message';
import { ROW_MARK_FILLS, type RowMark, type SpreadsheetHost } from '../hosts/spreadsheetHost';
import { findingNote } from './findingText';
import type { RegisterRows } from './registerRows';
import { timeSlices } from './timeSlices';

/**
 * A row a store refused, with the refusal: it holds while the row keeps the name, rep and 客户等级 it was
 * refused for (a rep's typed grade is refused until the cell is cleared or put back).
 */
interface Refusal {
  key: string;
  rep: string;
  grade: CustomerGrade | null;
  reason: Message;
}

const FILL = { none: null, yellow: ROW_MARK_FILLS.warning, red: ROW_MARK_FILLS.blocked } as const;

/**
 * What the live check found on each row, as marked on the sheet (fill and note), and the store's refusals
 * that turn a row red whatever the rules say. Only marks that changed are sent to the host.
 */
export class RowMarks {
  private findingsByRow = new Map<number, RowFinding>();
  private readonly refusals = new Map<number, Refusal>();

  constructor(private readonly host: SpreadsheetHost, private readonly rows: RegisterRows) {}

  finding(row: number): RowFinding | undefined {
    return this.findingsByRow.get(row);
  }

  /** Rows with a mark (warning or blocked), top to bottom. */
  marked(): RowFinding[] {
    return [...this.findingsByRow.values()].filter((f) => f.level !== 'clear').sort((a, b) => a.row - b.row);
  }

  /** Marks a row as refused by the store, or lifts its refusal (null); false when nothing changed. */
  setRefusal(row: number, reason: Message | null): boolean {
    const entry = this.rows.entry(row);
    if (reason && entry) this.refusals.set(row, { key: entry.record.dedupeKey, rep: entry.record.rep.trim(), grade: entry.record.grade, reason });
    else return this.refusals.delete(row);
    return true;
  }

  /** The whole register is read again: refusals made for rows as they were no longer hold. */
  clearRefusals(): void {
    this.refusals.clear();
  }

  /**
   * Checks rows again and sends the marks that changed (all of them when the sheet's marks are not known yet).
   * The findings are kept only once the marks are on the sheet, so a failed write is retried by the next check.
   * `sliced`: a long check (the whole register) yields to the event loop every few milliseconds, and stops
   * there without marking anything once `stop` is aborted (the live check stopped meanwhile).
   */
  async check(rows: ReadonlySet<number>, unknownMarks: boolean, context: FindingContext, sliced = false, stop?: AbortSignal): Promise<void> {
    const { layout } = this.rows;
    const marks: RowMark[] = [];
    const checked = new Map<number, RowFinding>();
    const slices = timeSlices(stop);
    for (const row of [...rows].sort((a, b) => a - b)) {
      if (sliced && slices.due()) {
        await slices.yieldTurn();
        if (slices.stopped()) return;
      }
      const entry = this.rows.entry(row);
      if (!entry) continue;
      const finding = this.refused(entry, findRow(entry, context));
      const previous = this.findingsByRow.get(row);
      const note = findingNote(finding);
      if (unknownMarks || !previous || previous.mark !== finding.mark || findingNote(previous) !== note) {
        marks.push({ row, fill: FILL[finding.mark], note, noteColumn: layout.columns.name });
      }
      checked.set(row, finding);
    }
    await this.host.markRows(layout.sheet, marks, { left: 0, right: layout.columnCount - 1 });
    if (unknownMarks) this.findingsByRow = new Map();
    for (const [row, finding] of checked) this.findingsByRow.set(row, finding);
  }

  /** A store's refusal turns the row's finding into a block, its reason first. */
  private refused(entry: RegisterEntry, finding: RowFinding): RowFinding {
    const refusal = this.refusals.get(entry.row);
    if (!refusal) return finding;
    if (refusal.key !== entry.record.dedupeKey || refusal.rep !== entry.record.rep.trim() || refusal.grade !== entry.record.grade) {
      this.refusals.delete(entry.row);
      return finding;
    }
    return { ...finding, level: 'blocked', mark: 'red', decision: [refusal.reason, ...finding.decision.filter((m) => m.key !== refusal.reason.key)] };
  }
}
