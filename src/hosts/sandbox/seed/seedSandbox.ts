import type { CalendarDate } from '../../../core/dates/calendarDate';
import type { LocalClaimStore } from '../../../store/local/localClaimStore';
import { COMPANY_SETTING } from '../../../taskpane/useCompanyName';
import type { SandboxWorkbook } from '../sandboxWorkbook';
import { SAMPLE_COMPANY } from './exampleNames';
import { sampleTeam } from './sampleTeam';
import { seedStore } from './seedStore';

/** A first run: the sample team goes into the store (the pane then writes the register sheet from it). */
export async function seedSandbox(store: LocalClaimStore, workbook: SandboxWorkbook, today: CalendarDate, customers: number): Promise<void> {
  await seedStore(store, sampleTeam(today, { customers }));
  await workbook.settings.set(COMPANY_SETTING, SAMPLE_COMPANY);
}
