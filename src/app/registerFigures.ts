import {
  claimPolicy, countCloseClaims, ruleDate, type ClaimPolicy, type ClaimPolicyChanges, type ClaimState, type RosterMember,
} from '../core/claims';
import type { CalendarDate, YearMonth } from '../core/dates/calendarDate';
import type { CustomerRecord } from '../core/register/customerRecord';
import { monthRecords } from '../core/summary/contactHistory';
import { claimStateOf, rosterMember } from './claimBridge';
import { loggedContacts, loggedPlanChanges } from './historyLog';
import type { RegisterCustomers } from './registerCustomers';
import type { TeamData } from './teamData';
import { timeSlices } from './timeSlices';

const TODAY_CACHE_MS = 60_000;

/** Figures derived from the team's data, each computed at most once per change. */
interface Cache {
  policy: ClaimPolicy;
  members: RosterMember[];
  closeCounts: Map<string, number> | null;
  claimStates: ClaimState[] | null;
  month: { month: YearMonth; records: CustomerRecord[] } | null;
}

/**
 * What the pane derives from the team's data — the rules in force, the roster as rule members, every
 * customer's claim state, 紧密 counts per rep, a month's records from the history — computed on first read
 * after a change and kept until the next (`invalidate`). Every keystroke reads these.
 */
export class RegisterFigures {
  private cache: Cache | null = null;
  private todayCache: { at: number; date: CalendarDate } | null = null;

  constructor(private readonly team: TeamData, private readonly customers: RegisterCustomers, private readonly clock: () => Date) {}

  invalidate(): void {
    this.cache = null;
    this.todayCache = null;
  }

  get policy(): ClaimPolicy {
    return this.derived().policy;
  }

  get members(): RosterMember[] {
    return this.derived().members;
  }

  /** The rule date, read from the clock at most once a minute. */
  get today(): CalendarDate {
    const now = this.clock().getTime();
    if (!this.todayCache || Math.abs(now - this.todayCache.at) > TODAY_CACHE_MS) {
      this.todayCache = { at: now, date: ruleDate(new Date(now), this.policy) };
    }
    return this.todayCache.date;
  }

  /** Every stored customer's claim state with its log (tiers, quotas, reminders, handovers). */
  claimStates(): ClaimState[] {
    const derived = this.derived();
    derived.claimStates ??= [...this.customers.storedCustomers()]
      .map((c) => claimStateOf(c.record, this.team.activitiesOf(c.record.dedupeKey), derived.policy));
    return derived.claimStates;
  }

  /**
   * Computes every claim state after the open, a slice at a time, so the first 登记 click (which counts every
   * rep's 紧密 customers) does not pay for it while the rep is typing. A change meanwhile drops the work, and
   * so does `stop` (the pane's model closed).
   */
  async prepareClaimStates(stop?: AbortSignal): Promise<void> {
    const derived = this.derived();
    if (derived.claimStates) return;
    const states: ClaimState[] = [];
    const slices = timeSlices(stop);
    for (const { record } of this.customers.storedCustomers()) {
      if (slices.due()) {
        await slices.yieldTurn();
        if (this.cache !== derived || slices.stopped()) return;
      }
      states.push(claimStateOf(record, this.team.activitiesOf(record.dedupeKey), derived.policy));
    }
    if (this.cache === derived) derived.claimStates ??= states;
  }

  /** 紧密 customers per rep today. */
  closeCounts(): Map<string, number> {
    const derived = this.derived();
    derived.closeCounts ??= countCloseClaims(this.claimStates(), derived.policy, this.today);
    return derived.closeCounts;
  }

  /** `records` as `month` saw them, from the append-only history. */
  monthRecords(month: YearMonth, records: () => CustomerRecord[]): CustomerRecord[] {
    const derived = this.derived();
    if (derived.month?.month !== month) {
      derived.month = { month, records: monthRecords(records(), loggedContacts(this.team.activities), month, loggedPlanChanges(this.team.activities)) };
    }
    return derived.month.records;
  }

  private derived(): Cache {
    this.cache ??= {
      policy: claimPolicy((this.team.settings?.settings ?? {}) as ClaimPolicyChanges),
      members: this.team.roster.map(rosterMember),
      closeCounts: null,
      claimStates: null,
      month: null,
    };
    return this.cache;
  }
}
