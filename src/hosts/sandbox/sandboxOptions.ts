import { parseIsoDate, type CalendarDate } from '../../core/dates/calendarDate';

/** What the sandbox page's address may set: `?today=2026-11-02&customers=10000&workbook=bench`. */
export interface SandboxOptions {
  /** A fixed business day (screenshots, tests); the real clock when absent. */
  today: CalendarDate | null;
  /** How many sample customers a first run seeds. */
  customers: number;
  /** Names the databases, so a test or a benchmark gets a sandbox of its own. */
  workbook: string;
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
  };
}

/** Noon in Shanghai on `day`: far from midnight in any team's time zone, so the rule date is `day`. */
export function fixedClock(day: CalendarDate): () => Date {
  const instant = new Date(`${day}T04:00:00Z`);
  return () => instant;
}
