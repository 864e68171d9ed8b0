import { webLightTheme } from '@fluentui/react-components';
import Dexie from 'dexie';
import { createRoot } from 'react-dom/client';
import { servedWorkspace } from '../../app/servedWorkspace';
import { DEFAULT_CLAIM_POLICY, ruleDate } from '../../core/claims';
import type { CalendarDate } from '../../core/dates/calendarDate';
import { message } from '../../i18n/message';
import { LocalClaimStore } from '../../store/local/localClaimStore';
import { SheetMemoryDatabase } from '../../store/local/sheetMemoryDatabase';
import { TaskPane } from '../../taskpane/components/TaskPane';
import { localPreferences, type PaneEnvironment } from '../../taskpane/paneEnvironment';
import { DemoLayout } from './DemoLayout';
import { SandboxWorkbook } from '../../hosts/sandbox/sandboxWorkbook';
import { addInSearch, fixedClock, LEGACY_WORKBOOK, legacySampleSearch, sandboxOptions } from '../../hosts/sandbox/sandboxOptions';
import { NEW_REP } from '../../hosts/sandbox/seed/exampleNames';
import { WorkbookStorage } from '../../hosts/sandbox/workbookStorage';

/** How long the workbook waits after a change before it is saved (typing stays smooth). */
const SAVE_DELAY_MS = 400;

type SandboxWindow = Window & { sandboxSaved?: () => Promise<void> };

/**
 * The browser sandbox (`npm run demo`): a spreadsheet grid on the left implementing SpreadsheetHost, the
 * same task pane as in Excel on the right, on the local IndexedDB store. The first run seeds a sample team.
 */
async function start(): Promise<void> {
  const options = sandboxOptions(window.location.search);
  const storage = new WorkbookStorage(`claim-register-${options.workbook}-workbook`);
  const snapshot = await storage.load('workbook');
  const clock = options.today ? fixedClock(options.today) : () => new Date();
  const today = () => ruleDate(clock(), DEFAULT_CLAIM_POLICY);
  const workbook = snapshot ? new SandboxWorkbook(snapshot) : await newWorkbook(options.sample === 'legacy', today());

  let saving: ReturnType<typeof setTimeout> | null = null;
  let saved: Promise<void> = Promise.resolve();
  // Saved at most SAVE_DELAY_MS after the first unsaved change, not after the last: the live check writes marks
  // in slices for seconds on a large register, and a save postponed by each write would lose a protect or an edit.
  workbook.watch(() => {
    saving ??= setTimeout(() => {
      saving = null;
      saved = saved.then(() => storage.save('workbook', workbook.snapshot()));
    }, SAVE_DELAY_MS);
  });
  // The end-to-end tests reload the page only once what the grid shows is saved, as a user would after a pause.
  (window as SandboxWindow).sandboxSaved = async () => {
    // The pane first: a row typed into the grid reaches the store, so the reopened register shows it again.
    await servedWorkspace()?.settled();
    while (saving) await new Promise((resolve) => setTimeout(resolve, SAVE_DELAY_MS));
    await saved;
  };

  const store = LocalClaimStore.open(`claim-register-${options.workbook}`);
  const sheetMemory = new SheetMemoryDatabase(`claim-register-sheet-${options.workbook}`);
  const environment: PaneEnvironment = {
    host: workbook,
    async openStore() {
      if ((await store.getRoster()).length === 0) {
        // The generator and its name matcher are only fetched on a first run.
        const { seedSandbox } = await import(/* webpackChunkName: "sample-team" */ '../../hosts/sandbox/seed/seedSandbox');
        await seedSandbox(store, workbook, today(), options.customers, options.sample);
      }
      return store;
    },
    openSheetMemory: () => Promise.resolve(sheetMemory),
    clock,
    newId: () => crypto.randomUUID(),
    theme: webLightTheme,
    preferences: localPreferences(window.localStorage, NEW_REP),
    // No Azure app registration behind the sandbox: the store settings say so instead of offering a sign-in.
    teamMode: { available: false, reason: message('team.unavailable.sandbox') },
  };

  const reset = async () => {
    store.close();
    await Promise.all([store.db.delete(), storage.delete(), sheetMemory.delete()]);
    window.localStorage.clear();
    window.location.reload();
  };

  // Each click starts from the untouched old sheet: the previous try's workbook and store are deleted first.
  const loadLegacy = async () => {
    store.close();
    await Promise.all([Dexie.delete(`claim-register-${LEGACY_WORKBOOK}`), Dexie.delete(`claim-register-${LEGACY_WORKBOOK}-workbook`),
      Dexie.delete(`claim-register-sheet-${LEGACY_WORKBOOK}`)]);
    window.location.assign(legacySampleSearch(window.location.search));
  };

  // Closing and opening the add-in reloads the page once the grid is saved: edits made meanwhile are the sheet's only.
  const switchAddIn = async () => {
    await (window as SandboxWindow).sandboxSaved?.();
    window.location.assign(addInSearch(window.location.search, !options.addIn));
  };

  createRoot(document.getElementById('root')!).render(
    <DemoLayout
      workbook={workbook} fileName={options.sample === 'legacy' ? '客户跟进表.xlsx' : '客户登记册.xlsx'} today={today}
      addInOpen={options.addIn} onSwitchAddIn={() => void switchAddIn()} onReset={() => void reset()} onLoadLegacy={() => void loadLegacy()}
    >
      {options.addIn ? <TaskPane environment={environment} /> : null}
    </DemoLayout>,
  );
}

/** A first run's workbook: empty (the pane creates the register), or the team's old sheet to adopt. */
async function newWorkbook(legacy: boolean, today: CalendarDate): Promise<SandboxWorkbook> {
  if (!legacy) return new SandboxWorkbook();
  const { legacyWorkbook } = await import(/* webpackChunkName: "sample-team" */ '../../hosts/sandbox/seed/legacySheet');
  return legacyWorkbook(today);
}

void start();
