import type { CalendarDate } from '../core/dates/calendarDate';
import { REGISTER_TABLE_NAME } from '../core/register/registerSchema';
import { registerPrintLayout } from '../core/summary';
import type { Message } from '../i18n/message';
import type { SpreadsheetHost } from '../hosts/spreadsheetHost';
import { findAdoptableSheet, type AdoptionProposal } from './adoptSheet';
import { registerLayout, registerTableDefinition } from './registerLayout';
import { applyRegisterRules } from './registerRules';
import { loadNameMatcher, type NameMatcher } from './nameMatcher';
import { RegisterSession, type HistoryOf, type RowNames } from './registerSession';
import { readRegisterSettings, type RegisterSettings } from './registerSettings';

export type OpenedRegister =
  /** The register is live: rows checked and marked, edits watched. */
  | { kind: 'opened'; session: RegisterSession; settings: RegisterSettings; created: boolean }
  /** No register yet, but a sheet looks like the team's own list: confirm its columns, then adoptSheet. */
  | { kind: 'adopt'; proposal: AdoptionProposal; settings: RegisterSettings }
  /** No register and nothing to adopt (and `create` was not asked for). */
  | { kind: 'missing'; settings: RegisterSettings }
  | { kind: 'failed'; reason: Message };

export interface OpenOptions {
  /** The team's calendar date (the caller reads the clock in the policy's time zone). */
  today: CalendarDate;
  /** Create 客户登记 when the workbook has no register and no sheet to adopt. */
  create: boolean;
  /** Look for a team's sheet to adopt before creating a new register (the task pane does; commands do not). */
  offerAdoption: boolean;
  /** The name matcher, when the caller has it loaded already (else it is loaded here). */
  matcher?: NameMatcher;
  /** The team's rules and roster, when the caller knows them (the pane, from its store); else the workbook's. */
  settings?: RegisterSettings;
  /** Wait for every row to be checked and marked before returning (commands do; the pane lets it follow). */
  waitForCheck?: boolean;
  /**
   * Leave the first full check to the caller (session.checkEverything): the pane keys an adopted sheet's rows
   * beside each other first, so the check writes each row's 查重键 once, as it will stay.
   */
  checkLater?: boolean;
  /** A claim's logged history, so the sheet's 保护到期 counts a manager's handover (the pane passes it). */
  historyOf?: HistoryOf;
  /** The stored customers' keys and the name index they fill (the pane passes them): rows under those names are not parsed again. */
  rowNames?: RowNames;
}

/**
 * Opens the workbook's register (SPEC §3): the ClaimRegister table if there is one; otherwise a team's sheet
 * to adopt, or a new register. A register that is opened gets its validation and highlights refreshed (the
 * roster may have changed) and starts the live check.
 */
export async function openRegister(host: SpreadsheetHost, options: OpenOptions): Promise<OpenedRegister> {
  const settings = options.settings ?? await readRegisterSettings(host.settings);
  let table = await host.readTable(REGISTER_TABLE_NAME);
  let created = false;
  if (!table) {
    const proposal = options.offerAdoption ? await findAdoptableSheet(host) : null;
    if (proposal) return { kind: 'adopt', proposal, settings };
    if (!options.create) return { kind: 'missing', settings };
    await host.ensureTable(registerTableDefinition());
    table = await host.readTable(REGISTER_TABLE_NAME);
    if (!table) throw new Error('The register table was not created');
    created = true;
  }
  const found = registerLayout(table, settings.columnMapping);
  if ('error' in found) return { kind: 'failed', reason: found.error };
  const { layout } = found;
  await applyRegisterRules(host, layout, settings);
  if (created) {
    await host.setPageLayout(layout.sheet, registerPrintLayout(layout.headerRow));
    await host.activateSheet(layout.sheet);
  }
  const matcher = options.matcher ?? await loadNameMatcher();
  const session = await RegisterSession.start(host, layout, table.rows, {
    settings, today: options.today, matcher, historyOf: options.historyOf, rowNames: options.rowNames, checkLater: options.checkLater,
  });
  // A command reads the register as checked and marked: it waits for the first full check.
  if (options.waitForCheck !== false) await session.settled();
  return { kind: 'opened', session, settings, created };
}
