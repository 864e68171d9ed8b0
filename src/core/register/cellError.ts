import type { Message } from '../../i18n/message';
import type { RegisterField } from './registerSchema';

/** One problem with one cell of the register: which column, which record field, and what to tell the rep. */
export interface CellError {
  header: string;
  field: RegisterField;
  message: Message;
}
