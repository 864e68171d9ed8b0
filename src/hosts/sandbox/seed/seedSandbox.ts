import type { CalendarDate } from '../../../core/dates/calendarDate';
import type { LocalClaimStore } from '../../../store/local/localClaimStore';
import { COMPANY_SETTING } from '../../../taskpane/useCompanyName';
import type { SandboxWorkbook } from '../sandboxWorkbook';
import type { SandboxSample } from '../sandboxOptions';
import { SAMPLE_COMPANY } from './exampleNames';
import { sampleTeam } from './sampleTeam';
import { seedStore } from './seedStore';

/**
 * A first run: the sample team goes into the store (the pane then writes the register sheet from it). For the
 * old-sheet sample only the roster does: the customers are the ones on the team's sheet, once it is adopted.
 */
export async function seedSandbox(
  store: LocalClaimStore, workbook: SandboxWorkbook, today: CalendarDate, customers: number, sample: SandboxSample,
): Promise<void> {
  const team = sampleTeam(today, { customers: sample === 'team' ? customers : 1 });
  await seedStore(store, sample === 'team' ? team : { roster: team.roster, customers: [], activities: [] });
  await workbook.settings.set(COMPANY_SETTING, SAMPLE_COMPANY);
}
