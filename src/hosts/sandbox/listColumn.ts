import type jspreadsheet from 'jspreadsheet-ce';
import jSuites from 'jsuites';

/** What the editors below use of a jSuites dropdown (its typings leave `close` out; jspreadsheet calls it too). */
interface OpenDropdown {
  close(ignoreEvents?: boolean): string;
}

/** jspreadsheet calls `setValue` on a custom type whenever a cell of it changes (its typings leave it out). */
type ListColumnType = jspreadsheet.CustomEditor & { setValue(cell: HTMLTableCellElement, value: unknown): void };

const dropdowns = new WeakMap<HTMLTableCellElement, OpenDropdown>();

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
        const dropdown = jSuites.dropdown(holder, {
          data: items.map((item) => ({ id: item, name: item })), autocomplete: true, opened: true, value: text,
          // Floats above the grid's scrolling body, as jspreadsheet's own dropdown editor does.
          position: true, onclose: () => worksheet.closeEditor(cell, true),
        }) as unknown as OpenDropdown;
        dropdowns.set(cell, dropdown);
      } else {
        const input = editorIn(cell, 'input');
        // A key typed on a selected cell replaces its text, as in Excel; F2 or a double click edits it.
        input.value = event instanceof KeyboardEvent && event.key !== 'F2' ? '' : text;
        input.onblur = () => worksheet.closeEditor(cell, true);
        input.focus();
      }
    },
    closeEditor(cell) {
      const dropdown = dropdowns.get(cell);
      if (dropdown) {
        dropdowns.delete(cell);
        return dropdown.close(true);
      }
      const input = cell.querySelector('input');
      if (!input) return undefined;
      input.onblur = null;
      return input.value;
    },
  };
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
