import { message, type Message } from '../../i18n/message';
import { isBlankCell, type CellValue } from './cellValue';
import type { CustomerGrade } from './customerRecord';

export interface GradeCellResult {
  grade: CustomerGrade | null;
  error: Message | null;
}

// A, a, Ａ, "A类", "A级", "A类客户" all mean grade A.
const GRADE = /^([ABC])(?:类|级)?(?:客户)?$/;

export function parseGradeCell(value: CellValue): GradeCellResult {
  if (isBlankCell(value)) return { grade: null, error: null };
  const text = String(value).trim();
  const m = GRADE.exec(text.normalize('NFKC').toUpperCase().replace(/\s+/g, ''));
  return m ? { grade: m[1] as CustomerGrade, error: null } : { grade: null, error: message('register.gradeUnknown', { value: text }) };
}
