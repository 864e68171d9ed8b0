import type jspreadsheet from 'jspreadsheet-ce';
import jSuites from 'jsuites';
import { itemOnCommit } from './listChoice';

/** What the editors below use of a jSuites dropdown (its typings leave `close` out and call no cursor null). */
interface OpenDropdown {
  close(ignoreEvents?: boolean): string;
  currentIndex: number | null;
  header: HTMLInputElement;
  search: string;
}

/** jspreadsheet calls `setValue` on a custom type whenever a cell of it changes (its typings leave it out). */
type ListColumnType = jspreadsheet.CustomEditor & { setValue(cell: HTMLTableCellElement, value: unknown): void };

/**
 * An open list and what closing it writes. jSuites' own value is not trusted for that: Enter on a search,
 * Enter on the item already chosen, or a click elsewhere leave it blank, and the blank would be saved.
 */
interface ListEdit {
  dropdown: OpenDropdown;
  /** The cell's value when the list opened: what it keeps unless the user picks an item. */
  original: jspreadsheet.CellValue;
  picked?: string;
  stopListening?: () => void;
}

const edits = new WeakMap<HTMLTableCellElement, ListEdit>();

/**
 * A list-validated column as Excel draws it: from the validation's first row down, each cell offers the list
 * as a dropdown; above it (the table's header, a title) cells are plain text, edited as text. Every cell
 * shows its own value, also one the list does not hold (a header, a rep who has left), where jspreadsheet's
 * built-in dropdown type would show nothing.
 */
export function listColumnType(items: readonly string[], firstRow: number): ListColumnType {
  const offersList = (row: number) => row >= firstRow;
  return {
    createCell(cell, _value, _x, y) {
      if (offersList(y)) cell.classList.add('jss_dropdown');
      return cell;
    },
    setValue(cell, value) {
      cell.textContent = value === null || value === undefined ? '' : String(value);
    },
    openEditor(cell, value, _x, y, worksheet, _column, event) {
      const text = value === null || value === undefined ? '' : String(value);
      if (offersList(y)) {
        const holder = editorIn(cell, 'div');
        const edit: ListEdit = { original: value as jspreadsheet.CellValue, dropdown: jSuites.dropdown(holder, {
          data: items.map((item) => ({ id: item, name: item })), autocomplete: true, opened: true, value: text,
          // Floats above the grid's scrolling body, as jspreadsheet's own dropdown editor does.
          position: true,
          // A click on the item already chosen keeps it (jSuites would clear the cell).
          allowEmpty: false,
          onchange: (_el, _dropdown, _old, picked) => { edit.picked = picked; },
          // An item clicked, or a click elsewhere (which keeps the value).
          onclose: () => worksheet.closeEditor(cell, true),
        }) as unknown as OpenDropdown };
        edits.set(cell, edit);
        // On the document, in the capture phase: the key is decided wherever the focus is (not always in the
        // list's search box) and before jSuites' own listener acts on it. The key then goes on to
        // jspreadsheet, which finds the editor closed and moves as Excel does (Enter down, Tab right).
        const onKey = (key: KeyboardEvent) => {
          // A grid redrawn under the open list (another sheet, a reset) leaves nothing to close.
          if (!cell.isConnected) edit.stopListening?.();
          else commitOnKey(key, edit, items, () => worksheet.closeEditor(cell, true));
        };
        document.addEventListener('keydown', onKey, true);
        edit.stopListening = () => document.removeEventListener('keydown', onKey, true);
      } else {
        const input = editorIn(cell, 'input');
        // A key typed on a selected cell replaces its text, as in Excel; F2 or a double click edits it.
        input.value = event instanceof KeyboardEvent && event.key !== 'F2' ? '' : text;
        input.onblur = () => worksheet.closeEditor(cell, true);
        input.focus();
      }
    },
    closeEditor(cell) {
      const edit = edits.get(cell);
      if (edit) {
        edits.delete(cell);
        edit.stopListening?.();
        edit.dropdown.close(true);
        return edit.picked ?? edit.original;
      }
      const input = cell.querySelector('input');
      if (!input) return undefined;
      input.onblur = null;
      return input.value;
    },
  };
}

/** Enter and Tab take the highlighted item or the search's first match; Escape keeps the cell's value. */
function commitOnKey(key: KeyboardEvent, edit: ListEdit, items: readonly string[], close: () => void): void {
  if (key.key === 'Escape') {
    edit.picked = undefined;
  } else if (key.key === 'Enter' || key.key === 'Tab') {
    const { dropdown } = edit;
    const item = itemOnCommit({ items, typed: dropdown.header.value, filteredBy: dropdown.search, highlighted: dropdown.currentIndex });
    if (item !== null) edit.picked = item;
  } else {
    return;
  }
  close();
}

/** An editor element filling the cell, as jspreadsheet lays out its own editors. */
function editorIn<K extends 'div' | 'input'>(cell: HTMLTableCellElement, tag: K): HTMLElementTagNameMap[K] {
  const { width, height } = cell.getBoundingClientRect();
  const editor = document.createElement(tag);
  Object.assign(editor.style, { width: `${width}px`, height: `${height - 2}px`, minHeight: `${height - 2}px` });
  cell.classList.add('editor');
  cell.replaceChildren(editor);
  return editor;
}
