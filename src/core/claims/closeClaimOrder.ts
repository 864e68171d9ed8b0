import { claimFromRecord, tierOf, type ClaimPolicy } from '.';
import type { CalendarDate } from '../dates/calendarDate';
import { precedes, type RegisterEntry } from '../register/rowFindings';

/**
 * Each rep's 紧密 customers in register order, so the quota is counted the way it filled up: the rep's first
 * closeQuota protected rows are fine and any later one is over the quota.
 */
export class CloseClaimOrder {
  private readonly byRep = new Map<string, RegisterEntry[]>();

  constructor(entries: Iterable<RegisterEntry>, policy: ClaimPolicy, today: CalendarDate) {
    for (const entry of entries) {
      const rep = entry.record.rep.trim();
      if (rep === '' || entry.record.name.trim() === '') continue;
      if (tierOf(claimFromRecord(entry.record, policy) ?? undefined, policy, today) !== 'close') continue;
      const list = this.byRep.get(rep) ?? [];
      list.push(entry);
      this.byRep.set(rep, list);
    }
    for (const list of this.byRep.values()) list.sort((a, b) => (precedes(a, b) ? -1 : 1));
  }

  /** How many 紧密 customers the row's rep registered before this row. */
  before(entry: RegisterEntry): number {
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
