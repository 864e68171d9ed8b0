import type { HeaderDetection } from '../../core/register/headerDetection';
import type { FieldColumns, RegisterField } from '../../core/register/registerSchema';

/** What the user chose for each column of the team's header: a register field, or null for 不导入. */
export type ColumnChoices = readonly (RegisterField | null)[];

/** The detector's reading of the header, one entry per column, as the confirmation screen starts it. */
export function initialChoices(detection: HeaderDetection, columnCount: number): ColumnChoices {
  const choices: (RegisterField | null)[] = Array.from({ length: columnCount }, () => null);
  for (const match of detection.matches) if (match.columnIndex < columnCount) choices[match.columnIndex] = match.field;
  return choices;
}

/**
 * Sets `column` to `field`. A field holds one column only, so a column that held it before becomes 不导入:
 * the user sees the move in that column's dropdown instead of two columns fighting over one field.
 */
export function chooseField(choices: ColumnChoices, column: number, field: RegisterField | null): ColumnChoices {
  return choices.map((current, index) => {
    if (index === column) return field;
    return field !== null && current === field ? null : current;
  });
}

/** The confirmed mapping in the form adoptSheet takes. */
export function choicesToColumns(choices: ColumnChoices): FieldColumns {
  const columns: FieldColumns = {};
  choices.forEach((field, index) => {
    if (field !== null) columns[field] = index;
  });
  return columns;
}

/** The register cannot check a sheet without its customer names. */
export function hasNameColumn(choices: ColumnChoices): boolean {
  return choices.includes('name');
}
