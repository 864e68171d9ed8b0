import { claimFromRecord, tierOf, type ClaimPolicy } from '.';
import type { CalendarDate } from '../dates/calendarDate';
import { precedes, type RegisterEntry } from '../register/rowFindings';

/**
 * Each rep's 紧密 customers in register order, so the quota is counted the way it filled up: the rep's first
 * closeQuota protected rows are fine and any later one is over the quota.
 */
export class CloseClaimOrder {
  private readonly byRep = new Map<string, RegisterEntry[]>();
  private sorted = true;

  /** The rows can also be given one at a time (`add`), so a caller can spread a whole register over slices. */
  constructor(private readonly policy: ClaimPolicy, private readonly today: CalendarDate, entries: Iterable<RegisterEntry> = []) {
    for (const entry of entries) this.add(entry);
  }

  add(entry: RegisterEntry): void {
    const rep = entry.record.rep.trim();
    if (rep === '' || entry.record.name.trim() === '') return;
    if (tierOf(claimFromRecord(entry.record, this.policy) ?? undefined, this.policy, this.today) !== 'close') return;
    const list = this.byRep.get(rep) ?? [];
    list.push(entry);
    this.byRep.set(rep, list);
    this.sorted = false;
  }

  /** How many 紧密 customers the row's rep registered before this row. */
  before(entry: RegisterEntry): number {
    if (!this.sorted) {
      for (const list of this.byRep.values()) list.sort((a, b) => (precedes(a, b) ? -1 : 1));
      this.sorted = true;
    }
    const list = this.byRep.get(entry.record.rep.trim()) ?? [];
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (list[middle].row !== entry.row && precedes(list[middle], entry)) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
