import type { SharedNameIndex } from '../core/names';
import type { CustomerRecord } from '../core/register/customerRecord';
import type { RowFinding } from '../core/register/rowFindings';
import type { Message } from '../i18n/message';

/* What the live check (registerSession.ts) is given at its start and tells its listeners after each check. */

/** What the pane's model knows of the rows' names before reading them (its stored customers' keys and their index). */
export interface RowNames {
  /** The 查重键 the store holds for each customer name: rows under those names are not parsed again. */
  storedKeys?: ReadonlyMap<string, string>;
  /** The register's one name index, which the customers' keys fill already (RegisterKeys.names). */
  nameIndex?: SharedNameIndex;
}

export interface SessionSnapshot {
  /** Rows with a mark (warning or blocked), top to bottom. */
  findings: RowFinding[];
  /** Rows holding a customer name. */
  customers: number;
  /** Set when the last check could not update the sheet (it is logged too); cleared by the next that can. */
  problem: Message | null;
}

/** A row the user typed or pasted, as the live check read and judged it. */
export interface RowEdit {
  row: number;
  record: CustomerRecord;
  finding: RowFinding;
}

/** What the user changed in the register: the rows it touched, and whether the 客户名称 column was among them. */
export interface RegisterEdit {
  rows: RowEdit[];
  namesTyped: boolean;
}
