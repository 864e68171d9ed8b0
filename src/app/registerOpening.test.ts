import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CalendarDate } from '../core/dates/calendarDate';
import * as names from '../core/names';
import type { RowMark } from '../hosts/spreadsheetHost';
import { SandboxWorkbook } from '../hosts/sandbox/sandboxWorkbook';
import { GELIN, NEW_REP, sampleTeam } from '../hosts/sandbox/seed/sampleTeam';
import { seedStore } from '../hosts/sandbox/seed/seedStore';
import { LocalClaimStore } from '../store/local/localClaimStore';
import { matcherOf, type NameMatcher } from './nameMatcher';
import { RegisterWorkspace } from './registerWorkspace';

const TODAY = '2026-11-02' as CalendarDate;
const clock = () => new Date(`${TODAY}T04:00:00Z`);
// Large enough to hold the sample team's handed-over customer (由李娜转交), whose 保护到期 the history restarts.
const team = sampleTeam(TODAY, { customers: 400 });

let ids = 0;
const open = (host: SandboxWorkbook, store: LocalClaimStore, matcher: NameMatcher = matcherOf(names)) => RegisterWorkspace.open({
  host, store, matcher, clock, newId: () => `edit-${ids++}`, currentUser: NEW_REP,
});

/** A store seeded with the sample team, and a workbook whose register a first open has written and checked. */
async function registerOnSheet() {
  const store = LocalClaimStore.open(`opening-${ids++}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStore(store, team);
  const workbook = new SandboxWorkbook();
  const first = await open(workbook, store);
  await first.settled();
  first.dispose();
  return { store, snapshot: workbook.snapshot() };
}

describe('opening the register', () => {
  test('on a sheet that shows the store, nothing is written again, no stored name is parsed for its 查重键, and each name is filed once', async () => {
    const { store, snapshot } = await registerOnSheet();
    const workbook = new SandboxWorkbook(snapshot);
    const writes: number[] = [];
    const writeRange = workbook.writeRange.bind(workbook);
    workbook.writeRange = (sheet, row, ...rest) => {
      writes.push(row);
      return writeRange(sheet, row, ...rest);
    };
    const stored = new Set(team.customers.map((c) => c.name));
    const parsedStoredNames: string[] = [];
    const matcher = matcherOf(names);
    const indexes: names.SharedNameIndex[] = [];
    const counting: NameMatcher = {
      ...matcher,
      createIndex: () => {
        indexes.push(matcher.createIndex());
        return indexes[indexes.length - 1];
      },
      dedupeKey: (name) => {
        if (stored.has(name)) parsedStoredNames.push(name);
        return matcher.dedupeKey(name);
      },
    };
    const workspace = await open(workbook, store, counting);
    await workspace.settled();
    expect(writes).toEqual([]);
    expect(parsedStoredNames).toEqual([]);
    // The customers' keys and the rows share the register's one name index.
    expect(indexes).toHaveLength(1);
    expect(indexes[0].size).toBe(stored.size);
    expect(workspace.records()).toHaveLength(team.customers.length);
    expect(workspace.lookup('格林.电子').matches[0]).toMatchObject({ name: GELIN, verdict: 'duplicate' });
    workspace.dispose();
  });

  test('the name field answers before the live check has marked every row; the marks follow', async () => {
    const { store, snapshot } = await registerOnSheet();
    const workbook = new SandboxWorkbook(snapshot);
    let release = () => {};
    const marksHeld = new Promise<void>((resolve) => { release = resolve; });
    const marked: RowMark[] = [];
    const markRows = workbook.markRows.bind(workbook);
    workbook.markRows = async (sheet, marks, columns) => {
      await marksHeld;
      marked.push(...marks);
      return markRows(sheet, marks, columns);
    };
    const workspace = await open(workbook, store);
    expect(workspace.lookup('格林.电子').matches[0]).toMatchObject({ name: GELIN, verdict: 'duplicate', tier: 'close' });
    expect(marked).toEqual([]);
    release();
    await workspace.settled();
    expect(marked.length).toBeGreaterThanOrEqual(team.customers.length);
    workspace.dispose();
  });
});
