import type { WorkbookSettings } from '../spreadsheetHost';
import { a1Area } from './a1Blocks';
import { blockFromValue2 } from './cellBlock';
import type { EtWorksheet } from './etObjectModel';
import type { EtSession } from './etSession';
import { veryHiddenSheet } from './veryHiddenSheet';

/** The add-in's settings sheet. ASCII, so no locale or font turns the name into something else. */
export const SETTINGS_SHEET = '_ClaimRegisterSettings';

/** A cell holds at most 32,767 characters; longer JSON continues in the next columns. */
const CHUNK = 30_000;

type Entries = Map<string, string>;

interface Stored {
  entries: Entries;
  /** Columns in use, so a value that got shorter leaves no stale chunk behind. */
  columns: number;
}

function readEntries(sheet: EtWorksheet): Stored {
  const used = sheet.UsedRange;
  const rows = used.Row + used.Rows.Count - 1;
  const columns = used.Column + used.Columns.Count - 1;
  const block = blockFromValue2(sheet.Range(a1Area({ top: 0, left: 0, bottom: rows - 1, right: columns - 1 })).Value2, rows, columns);
  const entries: Entries = new Map();
  for (const [key, ...chunks] of block) {
    if (typeof key === 'string' && key !== '') entries.set(key, chunks.map((c) => (c === null ? '' : String(c))).join(''));
  }
  return { entries, columns };
}

function writeEntries(sheet: EtWorksheet, { entries, columns }: Stored): void {
  const rows = [...entries].map(([key, json]) => {
    const chunks: string[] = [];
    for (let i = 0; i < json.length; i += CHUNK) chunks.push(json.slice(i, i + CHUNK));
    return [key, ...chunks];
  });
  const width = Math.max(columns, ...rows.map((r) => r.length));
  const block = rows.map((r) => [...r, ...Array<string | null>(width - r.length).fill(null)]);
  sheet.Range(a1Area({ top: 0, left: 0, bottom: block.length - 1, right: width - 1 })).Value2 = block;
}

/**
 * Per-workbook settings as JSON on a very hidden sheet: a custom document property holds only 255
 * characters and WPS's PluginStorage is not saved with the file. Key in column A, JSON from column B.
 */
export function hiddenSheetSettings(session: EtSession): WorkbookSettings {
  return {
    async get<T>(key: string): Promise<T | null> {
      const sheet = session.findSheet(SETTINGS_SHEET);
      const json = sheet ? readEntries(sheet).entries.get(key) : undefined;
      return json === undefined ? null : (JSON.parse(json) as T);
    },
    async set<T>(key: string, value: T): Promise<void> {
      session.batch(() => {
        const sheet = veryHiddenSheet(session, SETTINGS_SHEET);
        const stored = readEntries(sheet);
        stored.entries.set(key, JSON.stringify(value) ?? 'null');
        writeEntries(sheet, stored);
      });
    },
  };
}
