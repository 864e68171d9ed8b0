import { parseIsoDate, type CalendarDate } from '../../core/dates/calendarDate';

/** What the sandbox page's address may set: `?today=2026-11-02&customers=10000&workbook=bench`. */
export interface SandboxOptions {
  /** A fixed business day (screenshots, tests); the real clock when absent. */
  today: CalendarDate | null;
  /** How many sample customers a first run seeds. */
  customers: number;
  /** Names the databases, so a test or a benchmark gets a sandbox of its own. */
  workbook: string;
  /** What a first run puts in the workbook: the sample team's register, or only the team's old sheet to adopt. */
  sample: SandboxSample;
  /** False with `addin=off`: the workbook without the add-in, as in an Excel where it is not open. */
  addIn: boolean;
}

export type SandboxSample = 'team' | 'legacy';

/** The workbook the 载入旧客户表示例 button opens (emptied first, so each click starts afresh). */
export const LEGACY_WORKBOOK = 'old-sheet';

/** The address of a fresh workbook holding only the old customer sheet, on the same business day. */
export function legacySampleSearch(search: string): string {
  const today = new URLSearchParams(search).get('today');
  return `?${new URLSearchParams({ ...(today ? { today } : {}), workbook: LEGACY_WORKBOOK, sample: 'legacy' })}`;
}

export const DEFAULT_CUSTOMERS = 2_000;

export function sandboxOptions(search: string): SandboxOptions {
  const params = new URLSearchParams(search);
  const customers = Number(params.get('customers'));
  const workbook = (params.get('workbook') ?? 'sandbox').replace(/[^\w-]/g, '');
  return {
    today: parseIsoDate(params.get('today') ?? ''),
    customers: Number.isInteger(customers) && customers > 0 && customers <= 50_000 ? customers : DEFAULT_CUSTOMERS,
    workbook: workbook || 'sandbox',
    sample: params.get('sample') === 'legacy' ? 'legacy' : 'team',
    addIn: params.get('addin') !== 'off',
  };
}

/** The same workbook's address with the add-in open or closed. */
export function addInSearch(search: string, open: boolean): string {
  const params = new URLSearchParams(search);
  if (open) params.delete('addin');
  else params.set('addin', 'off');
  return `?${params}`;
}

/** Noon in Shanghai on `day`: far from midnight in any team's time zone, so the rule date is `day`. */
export function fixedClock(day: CalendarDate): () => Date {
  const instant = new Date(`${day}T04:00:00Z`);
  return () => instant;
}
