import type { CustomerGrade } from '../core/register/customerRecord';
import { message, type Message } from '../i18n/message';
import type { StoredCustomer } from '../store/claimStore';
import type { RegisterModel } from './registerModel';
import { storedLines } from './ruleActions';

/**
 * What the 客户等级 typed into one row of a customer does (seed 002: the grade is the customer's, set by a
 * manager, the same on every product line):
 * - `keep`: the customer's grade as it stands, or a customer the store does not hold yet;
 * - `inherit`: left empty on a new line's row, which takes the customer's grade as the pane's 登记 does;
 * - `change`: a manager's new grade, for every line's claim and row (ruleActions.gradeLines);
 * - `refused`: a rep's — nothing is stored, the row says why.
 */
export type TypedGrade =
  | { kind: 'keep' }
  | { kind: 'inherit'; grade: CustomerGrade }
  | { kind: 'change'; grade: CustomerGrade | null }
  | { kind: 'refused'; reason: Message };

/** `stored` is the claim the row shows, if the store holds it; `key` the row's claim key. */
export function typedGradeOf(model: RegisterModel, key: string, typed: CustomerGrade | null, stored: StoredCustomer | undefined): TypedGrade {
  const lines = storedLines(model, key);
  if (lines.length === 0) return { kind: 'keep' };
  const current = stored ? stored.record.grade : lines.find((line) => line.record.grade)?.record.grade ?? null;
  if (typed === current) return { kind: 'keep' };
  if (!stored && typed === null && current) return { kind: 'inherit', grade: current };
  if (!model.currentUser?.isManager) return { kind: 'refused', reason: message('claims.grade.managerOnly') };
  return { kind: 'change', grade: typed };
}
