import { addDays, latestDate, type CalendarDate } from '../dates/calendarDate';
import type { CustomerRecord } from '../register/customerRecord';
import type { ClaimPolicy } from './claimPolicy';

/** A line of the team's log, as far as breach detection reads it (the store's activity fits). */
export interface LoggedLine {
  kind: string;
  dedupeKey: string;
  customerName: string;
  /** Who the server recorded as doing it. */
  actor: string;
  /** What the client wrote instead, when it differs (a forged or mistaken line). */
  claimedActor?: string;
  rep: string;
  date: CalendarDate;
}

/**
 * What a server that lets reps add rows cannot refuse, found afterwards with who and when:
 * - overQuota: a rep holds more 紧密 (protected, not yet a deal) customers than the quota — `customers` are
 *   the latest ones beyond it, `since` the day the first of those was registered;
 * - unjustifiedProtection: a row protected although no visit or sample justifies it, or protected longer
 *   than its latest visit/sample allows;
 * - forgedActor: a log line whose written actor is not who the server says made it.
 */
export type Breach =
  | { kind: 'overQuota'; rep: string; count: number; quota: number; customers: string[]; since: CalendarDate | null }
  | { kind: 'unjustifiedProtection'; rep: string; customer: string; protectedUntil: CalendarDate; allowedUntil: CalendarDate | null; since: CalendarDate | null }
  | { kind: 'forgedActor'; actor: string; claimedActor: string; customer: string; lineKind: string; date: CalendarDate };

export function findBreaches(
  rows: readonly CustomerRecord[], log: readonly LoggedLine[], policy: ClaimPolicy, today: CalendarDate,
): Breach[] {
  return [...overQuota(rows, log, policy, today), ...unjustified(rows, log, policy, today), ...forged(log)];
}

/** The last day a row's own visit/sample dates protect it, by the rules; null when nothing protects it. */
function allowedUntil(row: CustomerRecord, policy: ClaimPolicy): CalendarDate | null {
  if (row.status !== 'visit' && row.status !== 'sample') return null;
  const from = latestDate(row.visitDate, row.sampleDate);
  return from ? addDays(from, policy.protection.protectDays) : null;
}

/** The day the row was registered by its current owner: the latest claim line for it, else first contact. */
function claimedOn(row: CustomerRecord, log: readonly LoggedLine[]): CalendarDate | null {
  const line = log.filter((l) => l.dedupeKey === row.dedupeKey && (l.kind === 'claim' || l.kind === 'transfer') && l.rep === row.rep).at(-1);
  return line?.date ?? row.firstContactDate;
}

function overQuota(rows: readonly CustomerRecord[], log: readonly LoggedLine[], policy: ClaimPolicy, today: CalendarDate): Breach[] {
  if (!policy.quota.enabled || !policy.protection.enabled) return [];
  const byRep = new Map<string, { row: CustomerRecord; on: CalendarDate | null }[]>();
  for (const row of rows) {
    const until = allowedUntil(row, policy);
    if (!until || until < today) continue;
    const held = byRep.get(row.rep) ?? [];
    held.push({ row, on: claimedOn(row, log) });
    byRep.set(row.rep, held);
  }
  const quota = policy.quota.closeQuota;
  const breaches: Breach[] = [];
  for (const [rep, held] of byRep) {
    if (held.length <= quota) continue;
    const ordered = [...held].sort((a, b) => (a.on ?? '').localeCompare(b.on ?? ''));
    const excess = ordered.slice(quota);
    breaches.push({ kind: 'overQuota', rep, count: held.length, quota, customers: excess.map((h) => h.row.name), since: excess[0].on });
  }
  return breaches;
}

function unjustified(rows: readonly CustomerRecord[], log: readonly LoggedLine[], policy: ClaimPolicy, today: CalendarDate): Breach[] {
  if (!policy.protection.enabled) return [];
  const breaches: Breach[] = [];
  for (const row of rows) {
    if (!row.protectedUntil || row.protectedUntil < today || row.status === 'deal') continue;
    const allowed = allowedUntil(row, policy);
    if (allowed && row.protectedUntil <= allowed) continue;
    breaches.push({
      kind: 'unjustifiedProtection', rep: row.rep, customer: row.name, protectedUntil: row.protectedUntil, allowedUntil: allowed,
      since: claimedOn(row, log),
    });
  }
  return breaches;
}

function forged(log: readonly LoggedLine[]): Breach[] {
  return log.filter((line) => line.claimedActor !== undefined && line.claimedActor !== line.actor).map((line) => ({
    kind: 'forgedActor', actor: line.actor, claimedActor: line.claimedActor as string, customer: line.customerName, lineKind: line.kind, date: line.date,
  }));
}
