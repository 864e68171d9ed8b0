/// <reference types="et-jsapi-declare" />

/**
 * The part of the WPS 表格 (ET) object model the adapter uses, cut from et-jsapi-declare so that every member
 * keeps its real kind: `Address` stays a method, `Value2` a property, collections stay 1-based `Item(i)`.
 * The adapter depends on these views only, so the fake ET model in test/ implements exactly the same
 * shapes and the real `window.Application` is assignable to `EtApplication`.
 *
 * et-jsapi-declare is a devDependency: its licence allows no redistribution, and only types come from it.
 */

/**
 * The typings say `string | any[]`; WPS really hands back a scalar (string, number, boolean, or undefined for
 * an empty cell) for one cell and a 2-D array of those for a block. Callers normalise it (see cellBlock.ts).
 */
export type EtValue2 = unknown;

export interface EtApplication extends Pick<Et.Application, 'EnableEvents' | 'DisplayAlerts' | 'ScreenUpdating'> {
  /** null when no workbook is open (the typings do not say so). */
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet: EtWorksheet;
  readonly ActiveWindow: EtWindow;
  /** Events are per application: one listener hears every sheet of every open workbook. */
  readonly ApiEvent: EtApiEvent;
}

export type SheetEventName = 'SheetChange' | 'SheetSelectionChange';
/**
 * WPS passes the Worksheet and the Range that changed (or was selected); the typings declare one of the two
 * as `Worksheet | object`, so listeners take objects and narrow them (see sheetEvents.ts).
 */
export type SheetEventListener = (sheet: object, target: object) => void;

/** A workbook's window came in front, or a workbook was opened (WorkbookActivate, WindowActivate, WorkbookOpen). */
export type WorkbookEventName = 'WorkbookActivate' | 'WindowActivate' | 'WorkbookOpen';
export type WorkbookEventListener = (workbook: object) => void;

export interface EtApiEvent {
  AddApiEventListener(event: 'SheetChange', listener: SheetEventListener): void;
  AddApiEventListener(event: 'SheetSelectionChange', listener: SheetEventListener): void;
  AddApiEventListener(event: WorkbookEventName, listener: WorkbookEventListener): void;
  RemoveApiEventListener(event: 'SheetChange', listener: SheetEventListener): void;
  RemoveApiEventListener(event: 'SheetSelectionChange', listener: SheetEventListener): void;
  RemoveApiEventListener(event: WorkbookEventName, listener: WorkbookEventListener): void;
}

export interface EtWindow extends Pick<Et.Window, 'FreezePanes' | 'SplitRow' | 'SplitColumn' | 'ScrollRow'> {
  readonly RangeSelection: EtRange;
}

export interface EtWorkbook extends Pick<Et.Workbook, 'Name' | 'Activate'> {
  readonly Sheets: EtSheets;
  /** The sheet in front in this workbook's window (Application.ActiveSheet is the active workbook's). */
  readonly ActiveSheet: EtWorksheet;
}

export interface EtSheets extends Pick<Et.Sheets, 'Count'> {
  /**
   * 1-based, or by name; throws when there is no such sheet. One name or number gives a Worksheet; the typings
   * widen the result for the array overload (Sheets(["a", "b"])), so callers narrow it (see etSheets.ts).
   */
  Item(index: number | string): EtWorksheet | Et.Sheets;
  /** Adds a worksheet (and activates it, as a user's new sheet would be). */
  Add(Before?: EtWorksheet, After?: EtWorksheet): EtWorksheet;
}

export interface EtWorksheet
  extends Pick<Et.Worksheet, 'Name' | 'Visible' | 'Activate' | 'Delete' | 'ResetAllPageBreaks' | 'PrintOut'
    | 'ProtectContents' | 'ProtectDrawingObjects' | 'ProtectScenarios' | 'Protect' | 'Unprotect'> {
  readonly Parent: EtWorkbook;
  /** One A1 address: 'A1', 'A1:T100', '3:3', 'C:C' or several areas 'A1:B2,D4'. */
  Range(address: string): EtRange;
  readonly Cells: EtRange;
  readonly UsedRange: EtRange;
  readonly PageSetup: EtPageSetup;
  readonly HPageBreaks: EtHPageBreaks;
  readonly ListObjects: EtListObjects;
}

export interface EtRange
  extends Pick<Et.Range,
    'Address' | 'Row' | 'Column' | 'Count' | 'NumberFormat' | 'ColumnWidth' | 'RowHeight' | 'HorizontalAlignment'
    | 'VerticalAlignment' | 'WrapText' | 'Locked' | 'Merge' | 'ClearComments' | 'ClearContents' | 'Select' | 'Hidden'> {
  Value2: EtValue2;
  /** The block's whole rows (their `Hidden` is true, false, or null when only some are hidden). */
  readonly EntireRow: EtRange;
  readonly Rows: EtRange;
  readonly Columns: EtRange;
  readonly Areas: EtAreas;
  readonly Worksheet: EtWorksheet;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  readonly Borders: EtBorders;
  readonly Validation: EtValidation;
  readonly FormatConditions: EtFormatConditions;
  /** The first cell's comment (批注), or null when it has none. */
  readonly Comment: EtComment | null;
  /** One cell only; fails when the cell already has a comment. */
  AddComment(Text?: string): unknown;
}

export type EtComment = Pick<Et.Comment, 'Text' | 'Delete'>;

export interface EtAreas extends Pick<Et.Areas, 'Count'> {
  Item(index: number): EtRange;
}

/** Colours are BGR longs: 0xBBGGRR, so '#FF0000' (red) is 255. */
export type EtInterior = Pick<Et.Interior, 'Color' | 'ColorIndex'>;
export type EtFont = Pick<Et.Font, 'Color' | 'Bold' | 'Italic' | 'Size'>;
export type EtBorders = Pick<Et.Borders, 'LineStyle' | 'Weight'>;

export type EtValidation = Pick<Et.Validation,
  'Add' | 'Delete' | 'ErrorTitle' | 'ErrorMessage' | 'ShowError' | 'IgnoreBlank' | 'InCellDropdown'>;

export interface EtFormatConditions extends Pick<Et.FormatConditions, 'Count'> {
  Item(index: number): EtFormatCondition;
  Add(Type: Et.XlFormatConditionType, Operator?: unknown, Formula1?: string): EtFormatCondition;
}

export interface EtFormatCondition extends Pick<Et.FormatCondition, 'Type' | 'Formula1' | 'Delete' | 'StopIfTrue'> {
  readonly Interior: EtInterior;
  readonly Font: EtFont;
}

export interface EtListObjects extends Pick<Et.ListObjects, 'Count'> {
  Item(index: number | string): EtListObject;
  /** The typings take the source block as an address string ('$A$1:$T$1'), not a Range. */
  Add(SourceType?: Et.XlListObjectSourceType, Source?: string, LinkSource?: unknown, XlListObjectHasHeaders?: Et.XlYesNoGuess): EtListObject;
}

export interface EtListObject extends Pick<Et.ListObject, 'Name'> {
  /** Header row and body. */
  readonly Range: EtRange;
  Resize(range: EtRange): void;
}

export type EtPageSetup = Pick<Et.PageSetup,
  'PaperSize' | 'Orientation' | 'Zoom' | 'FitToPagesWide' | 'FitToPagesTall' | 'PrintTitleRows' | 'PrintArea'
  | 'LeftHeader' | 'CenterHeader' | 'RightHeader' | 'LeftFooter' | 'CenterFooter' | 'RightFooter'
  | 'TopMargin' | 'BottomMargin' | 'LeftMargin' | 'RightMargin' | 'HeaderMargin' | 'FooterMargin'>;

export interface EtHPageBreaks extends Pick<Et.HPageBreaks, 'Count'> {
  Add(Before: EtRange): unknown;
}
