import jspreadsheet from 'jspreadsheet-ce';
import { useEffect, useRef, useState } from 'react';
import type { CalendarDate } from '../../core/dates/calendarDate';
import { columnLetters } from '../../core/summary/a1Address';
import { cellNotes, cellStyles, displayText, gridLayout, type GridLayout } from './gridModel';
import { listColumnType } from './listColumn';
import { cellAt, formatAt } from './sandboxSheet';
import type { SandboxWorkbook } from './sandboxWorkbook';
import type { WorkbookEvent } from './workbookEvents';

type Worksheet = jspreadsheet.WorksheetInstance;

/**
 * Tab inside the grid is the grid's (next cell; closes an open list), not Fluent's focus manager's, which
 * would otherwise take the key from an open list and leave it open.
 */
const GRID_KEEPS_TAB = JSON.stringify({ focusable: { ignoreKeydown: { Tab: true } } });

interface Drawn {
  sheet: string;
  worksheet: Worksheet;
  layout: GridLayout;
  styled: Record<string, string>;
  notes: Record<string, string>;
}

/** Blocks larger than this are redrawn whole rather than cell by cell. */
const REDRAW_CELLS = 400;

/**
 * The sandbox's spreadsheet: a jspreadsheet grid drawing the active sheet of the SandboxWorkbook, with sheet
 * tabs below. What the user types goes to the workbook (which converts it as Excel would and raises the
 * change event the add-in listens to); what the workbook changes is drawn back. The grid never sorts,
 * inserts or deletes rows, so its rows stay the workbook's rows.
 */
export function SandboxGrid({ workbook, today }: { workbook: SandboxWorkbook; today: () => CalendarDate }) {
  const container = useRef<HTMLDivElement>(null);
  const drawn = useRef<Drawn | null>(null);
  const [active, setActive] = useState(workbook.activeSheet);
  const [sheets, setSheets] = useState<string[]>([]);
  const [alert, setAlert] = useState<{ title: string; message: string } | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    void workbook.listSheets().then(setSheets);
    const redraw = () => setGeneration((g) => g + 1);
    return workbook.watch((event: WorkbookEvent) => {
      if (event.kind === 'sheets') {
        void workbook.listSheets().then(setSheets);
        setActive((shown) => shown ?? workbook.activeSheet);
      }
      else if (event.kind === 'activate') setActive(event.sheet);
      else if (event.kind === 'sheet' && event.sheet === drawn.current?.sheet) restyle(workbook, drawn.current, today());
      else if (event.kind === 'cells' && event.sheet === drawn.current?.sheet) {
        const { range } = event;
        const cells = (range.bottom - range.top + 1) * (range.right - range.left + 1);
        const beyond = range.bottom >= drawn.current.layout.data.length - 1;
        if (cells > REDRAW_CELLS || beyond) redraw();
        else updateCells(workbook, drawn.current, range);
      }
    });
  }, [workbook, today]);

  useEffect(() => {
    const element = container.current;
    const name = active ?? workbook.activeSheet;
    const sheet = name ? workbook.sheet(name) : undefined;
    if (!element || !name || !sheet) return;
    const layout = gridLayout(sheet, workbook.tableOn(name));
    jspreadsheet(element, {
      tabs: false,
      toolbar: false,
      about: false,
      // Nothing typed in the sandbox is ever evaluated: '=HYPERLINK(…)' stays the text it is.
      parseFormulas: false,
      autoIncrement: false,
      contextMenu: () => null,
      onafterchanges: (worksheet, changes) => {
        const current = drawn.current;
        if (!current || changes.length === 0) return;
        const xs = changes.map((c) => Number(c.x));
        const ys = changes.map((c) => Number(c.y));
        const [left, top] = [Math.min(...xs), Math.min(...ys)];
        const [right, bottom] = [Math.max(...xs), Math.max(...ys)];
        const block: string[][] = [];
        for (let y = top; y <= bottom; y++) {
          block.push(Array.from({ length: right - left + 1 }, (_, i) => String(worksheet.getValueFromCoords(left + i, y) ?? '')));
        }
        const refused = workbook.enterText(name, top, left, block);
        if (refused) {
          updateCells(workbook, current, { top, left, bottom, right });
          setAlert({ title: refused.title, message: refused.message });
        } else {
          setAlert(null);
        }
      },
      onselection: (_worksheet, x1, y1, x2, y2) => {
        workbook.select(name, { top: y1, left: x1, bottom: y2, right: x2 });
      },
      onload: (spreadsheet) => {
        const worksheet = spreadsheet.worksheets[0];
        drawn.current = { sheet: name, worksheet, layout, styled: {}, notes: {} };
        restyle(workbook, drawn.current, today());
        for (const merge of sheet.merges) {
          worksheet.setMerge(`${columnLetters(merge.left)}${merge.top + 1}`, merge.right - merge.left + 1, merge.bottom - merge.top + 1);
        }
      },
      worksheets: [{
        worksheetName: name,
        data: layout.data,
        columns: layout.columns.map((c) => ({
          title: c.title, width: c.width, readOnly: c.readOnly, align: 'left' as const,
          type: c.list ? listColumnType(c.list.items, c.list.firstRow) : 'text' as const,
        })),
        tableOverflow: true,
        tableHeight: '100%',
        tableWidth: '100%',
        lazyLoading: true,
        allowInsertRow: false, allowManualInsertRow: false, allowInsertColumn: false, allowDeleteRow: false,
        allowDeleteColumn: false, allowRenameColumn: false, columnSorting: false, columnDrag: false, rowDrag: false,
        allowComments: false, wordWrap: false, textOverflow: true,
      }],
    });
    return () => {
      drawn.current = null;
      jspreadsheet.destroy(element as jspreadsheet.JspreadsheetInstanceElement);
    };
  }, [workbook, active, generation, today]);

  return (
    <div className="sandbox-grid">
      <div ref={container} className="sandbox-grid-body" data-testid="grid" data-tabster={GRID_KEEPS_TAB} />
      {alert && (
        <div role="alert" className="sandbox-grid-alert">
          <strong>{alert.title}</strong> {alert.message}
          <button type="button" onClick={() => setAlert(null)} aria-label="OK">×</button>
        </div>
      )}
      <nav className="sandbox-tabs" aria-label="Sheets">
        {sheets.map((sheet) => (
          <button key={sheet} type="button" className={sheet === (active ?? workbook.activeSheet) ? 'active' : ''}
            aria-current={sheet === (active ?? workbook.activeSheet) ? 'page' : undefined}
            onClick={() => workbook.showSheet(sheet)} data-testid={`sheet-tab-${sheet}`}>
            {sheet}
          </button>
        ))}
      </nav>
    </div>
  );
}

/** Redraws the values of a block (the host wrote them, or the user's typing was converted or refused). */
function updateCells(workbook: SandboxWorkbook, current: Drawn, range: { top: number; left: number; bottom: number; right: number }): void {
  const sheet = workbook.sheet(current.sheet);
  if (!sheet) return;
  const spreadsheet = current.worksheet.parent;
  spreadsheet.ignoreEvents = true;
  try {
    for (let r = range.top; r <= Math.min(range.bottom, current.layout.data.length - 1); r++) {
      for (let c = range.left; c <= Math.min(range.right, current.layout.columns.length - 1); c++) {
        const text = displayText(cellAt(sheet, r, c), formatAt(sheet, r, c));
        if (String(current.worksheet.getValueFromCoords(c, r) ?? '') !== text) current.worksheet.setValueFromCoords(c, r, text, true);
      }
    }
  } finally {
    spreadsheet.ignoreEvents = false;
  }
}

/** Applies fills, greyed columns, conditional formats and notes, touching only the cells whose look changed. */
function restyle(workbook: SandboxWorkbook, current: Drawn, today: CalendarDate): void {
  const sheet = workbook.sheet(current.sheet);
  if (!sheet) return;
  const styles = cellStyles(sheet, current.layout, workbook.conditionalFormatsOn(current.sheet), today);
  const records = current.worksheet.records as unknown as { element: HTMLTableCellElement }[][];
  for (const name of new Set([...Object.keys(current.styled), ...Object.keys(styles)])) {
    if (current.styled[name] === styles[name]) continue;
    const [x, y] = jspreadsheet.helpers.getCoordsFromCellName(name) as [number, number];
    const cell = records[y]?.[x]?.element;
    if (cell) cell.style.cssText = `text-align: left; ${styles[name] ?? ''}`;
  }
  current.styled = styles;
  const notes = cellNotes(sheet, current.layout);
  const changed: Record<string, string> = {};
  for (const name of new Set([...Object.keys(current.notes), ...Object.keys(notes)])) {
    if (current.notes[name] !== notes[name]) changed[name] = notes[name] ?? '';
  }
  if (Object.keys(changed).length > 0) {
    const spreadsheet = current.worksheet.parent;
    spreadsheet.ignoreEvents = true;
    current.worksheet.setComments(changed);
    spreadsheet.ignoreEvents = false;
  }
  current.notes = notes;
}
