import {
  claimFromRecord, claimStateFromRecord, decideClaim, effectiveLine, isDormantLine, newClaimState, parentKeyOf, tierOf, type ActivityEntry,
  type ClaimOutcome,
  type ClaimPolicy,
  type RosterMember,
} from '../claims';
import type { CalendarDate } from '../dates/calendarDate';
import type { CellError } from './cellError';
import type { CustomerRecord } from './customerRecord';
import { validateRecord } from './validateRecord';
import type { ParsedName, Verdict } from '../names';
import type { Message } from '../../i18n/message';
import { claimStart, contactActionOf, memberFor } from '../claims/recordClaims';

/** A register row as the live check holds it. */
export interface RegisterEntry {
  /** 0-based sheet row. */
  row: number;
  record: CustomerRecord;
}

/** Another row whose name looks like this one's, and how the two relate. */
export interface RowMatch {
  row: number;
  name: string;
  rep: string;
  verdict: Verdict;
  /** For 同一客户: whether that row was registered before this one (the earlier row holds the claim). */
  earlier: boolean;
  reason: Message;
}

export type FindingLevel = 'clear' | 'warning' | 'blocked';

/** What the live check found on one row: the level of its mark and every reason, for the note and the pane. */
export interface RowFinding {
  row: number;
  name: string;
  rep: string;
  level: FindingLevel;
  /** The claim rules' verdict when a colleague holds the customer (or a quota, grade or branch rule applies). */
  decision: Message[];
  matches: RowMatch[];
  /** Cells to fix (validateRecord). */
  errors: CellError[];
  /** The 撞单 entries a block produced, for the activity log (the store appends them). */
  log: ActivityEntry[];
  /** The colleague whose claim blocks this row (a 撞单): the row shows no 保护到期 of its own. */
  heldBy: string | null;
  /**
   * The row's colour (SPEC §5): red for a 撞单 and for a later row of 同一客户 (the register holds one row per
   * customer), yellow for 疑似重复, 关联公司 and other warnings.
   */
  mark: 'red' | 'yellow' | 'none';
}

/** What a row is checked against: the rules, and the rest of the register as the session indexes it. */
export interface FindingContext {
  policy: ClaimPolicy;
  roster: readonly RosterMember[];
  today: CalendarDate;
  /** Rows whose names look like this one's (without the row itself). */
  lookAlikes(entry: RegisterEntry): { entry: RegisterEntry; verdict: Verdict; reason: Message }[];
  /** The 查重键 of a name (for the 上级客户 a row names). */
  keyOf(name: string): string;
  /** A name's parse (whether a row is a branch, and of which head office). */
  parse(name: string): ParsedName;
  /** The earliest row registering the customer with this 查重键 (the parent of a branch). */
  rowKeyed(key: string): RegisterEntry | undefined;
  /** The rep's 紧密 customers registered before this row (the quota counts in register order). */
  closeClaimsBefore(entry: RegisterEntry): number;
  /** The row's claim's logged history: a manager's transfer the row's cells cannot show. None when not given. */
  historyOf?(entry: RegisterEntry): readonly ActivityEntry[];
}

const NO_DATE = '9999-12-31';

/** Register order: the earlier first contact holds a customer; on the same day, the upper row. */
export function precedes(a: RegisterEntry, b: RegisterEntry): boolean {
  const sa = claimStart(a.record) ?? NO_DATE;
  const sb = claimStart(b.record) ?? NO_DATE;
  return sa < sb || (sa === sb && a.row < b.row);
}

/** `entries` sorted in register order (precedes), each row's start read once: a large register sorts fast. */
export function inRegisterOrder<T extends RegisterEntry>(entries: readonly T[]): T[] {
  return entries.map((entry) => ({ entry, start: claimStart(entry.record) ?? NO_DATE }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.entry.row - b.entry.row))
    .map(({ entry }) => entry);
}

const TIER_STRENGTH = { deal: 0, close: 1, open: 2 } as const;

/** Which of several earlier rows holds the customer: a deal, then a protected claim, then any. */
function strength(record: CustomerRecord, policy: ClaimPolicy, today: CalendarDate): number {
  return TIER_STRENGTH[tierOf(claimFromRecord(record, policy) ?? undefined, policy, today)];
}

/**
 * Checks one row (SPEC §4, §5): the claim rules decide whether an earlier row of the same customer by a
 * colleague blocks it (visit, sample, deal on a protected customer) or warns (a phone call); a rep's second
 * row for a customer, look-alike names and branches warn; cells that break the register's rules warn.
 */
export function findRow(entry: RegisterEntry, context: FindingContext): RowFinding {
  const { record } = entry;
  const { policy, today } = context;
  const finding: RowFinding = {
    row: entry.row, name: record.name, rep: record.rep, level: 'clear', decision: [], matches: [], errors: [], log: [], heldBy: null, mark: 'none',
  };
  if (record.name.trim() === '') return finding;
  finding.errors = validateRecord(record, { today, ...(context.roster.length > 0 && { roster: context.roster.map((m) => m.name) }) });

  // Product lines switched off again: another line's row is that line's history, neither a claim nor a duplicate.
  if (isDormantLine(record.productLine, policy)) return settled(finding, 'allow');

  // With product lines on, the same customer on another line is another claim: neither a holder nor a duplicate.
  const line = effectiveLine(record.productLine, policy);
  const otherLine = (other: CustomerRecord, verdict: string) => verdict === 'duplicate'
    && (effectiveLine(other.productLine, policy) !== line || isDormantLine(other.productLine, policy));
  const everyLookAlike = context.lookAlikes(entry);
  const lookAlikes = everyLookAlike.filter(({ entry: other, verdict }) => !otherLine(other.record, verdict));
  // 客户等级 is the customer's (seed 002), whichever line's row carries it: a new line's row inherits it.
  const grade = record.grade ?? everyLookAlike.find(({ entry: other, verdict }) => verdict === 'duplicate' && other.record.grade)?.entry.record.grade ?? null;
  finding.matches = lookAlikes.map(({ entry: other, verdict, reason }) => ({
    row: other.row, name: other.record.name, rep: other.record.rep, verdict, reason, earlier: precedes(other, entry),
  }));
  const holders = lookAlikes
    .filter(({ entry: other, verdict }) => verdict === 'duplicate' && precedes(other, entry)
      && other.record.rep.trim() !== record.rep.trim() && other.record.rep.trim() !== '')
    .map(({ entry: other }) => other)
    .sort((a, b) => strength(a.record, policy, today) - strength(b.record, policy, today) || (precedes(a, b) ? -1 : 1));

  const action = contactActionOf(record, policy);
  let outcome: ClaimOutcome = 'allow';
  if (action && record.rep.trim() !== '') {
    // A manager's logged transfer stands: the row's rep holds the claim (no grade or quota check as a new claim).
    const history = context.historyOf?.(entry) ?? [];
    const handedOver = !!claimFromRecord(record, policy, history)?.handedOverOn;
    const holder = handedOver ? undefined : holders[0];
    const parentKey = parentKeyOf(record, context);
    const parent = parentKey ? context.rowKeyed(parentKey) : undefined;
    const actor = memberFor(record, context.roster);
    const state = handedOver ? claimStateFromRecord(record, policy, { history: [...history] })
      : holder ? claimStateFromRecord(holder.record, policy) : newClaimState(record.dedupeKey, record.name, { grade });
    const decision = decideClaim(state, action, {
      actor, roster: context.roster, policy, today,
      closeCounts: new Map([[actor.name, context.closeClaimsBefore(entry)]]),
      parent: parent && parent.row !== entry.row ? claimStateFromRecord(parent.record, policy) : null,
    });
    outcome = decision.outcome;
    if (outcome !== 'allow' || holder) finding.decision = decision.reasons;
    if (outcome === 'block') {
      finding.log = decision.log.filter((e) => e.kind === 'collision');
      finding.heldBy = holder?.record.rep.trim() || null;
    }
  }

  return settled(finding, outcome);
}

/** The finding's level and colour from the rules' outcome, its matches and its cell errors. */
function settled(finding: RowFinding, outcome: ClaimOutcome): RowFinding {
  const sameCustomer = finding.matches.some((m) => m.verdict === 'duplicate' && m.earlier);
  const warns = outcome === 'warn' || finding.errors.length > 0 || sameCustomer || finding.matches.some((m) => m.verdict !== 'duplicate');
  finding.level = outcome === 'block' ? 'blocked' : warns ? 'warning' : 'clear';
  finding.mark = finding.level === 'blocked' || sameCustomer ? 'red' : finding.level === 'warning' ? 'yellow' : 'none';
  return finding;
}
