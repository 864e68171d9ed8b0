/// <reference types="et-jsapi-declare" />

// The enumerations of et-jsapi-declare are declarations only (there is no `Et` object at run time), so the
// numbers the adapter passes are spelled out here, typed by the enumeration they belong to.

export const XL_SRC_RANGE: Et.XlListObjectSourceType = 1;
export const XL_YES: Et.XlYesNoGuess = 1;

export const XL_SHEET_VISIBLE: Et.XlSheetVisibility = -1;
export const XL_SHEET_VERY_HIDDEN: Et.XlSheetVisibility = 2;

export const XL_VALIDATE_LIST: Et.XlDVType = 3;
export const XL_VALIDATE_DATE: Et.XlDVType = 4;
export const XL_VALIDATE_TEXT_LENGTH: Et.XlDVType = 6;
/** A stop alert: the value is refused, not merely warned about (SPEC §3). */
export const XL_VALID_ALERT_STOP: Et.XlDVAlertStyle = 1;
export const XL_BETWEEN: Et.XlFormatConditionOperator = 1;
export const XL_LESS_EQUAL: Et.XlFormatConditionOperator = 8;

export const XL_EXPRESSION: Et.XlFormatConditionType = 2;

/** ColorIndex of a cell without a fill. */
export const XL_NONE = -4142;

export const XL_PAPER_A4: Et.XlPaperSize = 9;
export const XL_PORTRAIT: Et.XlPageOrientation = 1;
export const XL_LANDSCAPE: Et.XlPageOrientation = 2;

export const XL_CONTINUOUS: Et.XlLineStyle = 1;
export const XL_THIN: Kso.XlBorderWeight = 2;
export const XL_MEDIUM: Kso.XlBorderWeight = -4138;

export const XL_H_ALIGN: Record<'left' | 'center' | 'right', Kso.XlHAlign> = { left: -4131, center: -4108, right: -4152 };
export const XL_V_ALIGN: Record<'top' | 'middle' | 'bottom', Kso.XlVAlign> = { top: -4160, middle: -4108, bottom: -4107 };
