export type {
  CellRange, CellStyle, CellValue, DateValue, HeaderFooterPart, HeaderFooterSections, HexColor, PageField, PageLayout,
  PageMargins, RowHeight, RowSpan, SheetCell, SheetSpec,
} from './sheetSpec';
export { buildMonthlySummary, monthlySummarySheetName, type MonthlySummaryOptions } from './monthlySummary';
export { buildDailyList, registeredOn } from './dailyList';
export { registerPrintLayout } from './registerPrintLayout';
export { monthActivity, belongsToMonth, type RepAssignment, type RepMonth, type MonthCustomer, type ActivityCounts } from './monthActivity';
export { rankReps, rankDepartments, departmentTotals, type Ranked, type DepartmentMonth } from './pkRanking';
export { excelHeaderFooter } from './excelHeaderFooter';
export { handoutPageLayout } from './handoutPageLayout';
export { printScale, oneWideScalePercent, columnWidthPoints, type PrintScale } from './printScale';
export { a1Range, a1Rows, columnLetters } from './a1Address';
export { sharesInEffect, type CreditShareLine } from './ruleSections';
