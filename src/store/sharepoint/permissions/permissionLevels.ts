/**
 * The register's permission levels, as SharePoint base permissions (SP.PermissionKind: bit k of the 64-bit
 * mask is 1 << (k − 1), sent as two 32-bit halves). Open, ViewPages and ViewFormPages are what any level
 * needs to reach a list at all.
 */
const KIND = {
  ViewListItems: 1, AddListItems: 2, EditListItems: 3, DeleteListItems: 4, CancelCheckout: 9,
  ViewFormPages: 13, Open: 17, ViewPages: 18,
} as const;
type Kind = keyof typeof KIND;

const REACH: Kind[] = ['ViewFormPages', 'Open', 'ViewPages'];

export interface PermissionLevel {
  name: string;
  description: string;
  kinds: readonly Kind[];
}

export const PERMISSION_LEVELS = {
  /** Reps on the customers list: register and edit — WriteSecurity narrows "edit" to rows they created; no delete. */
  repCustomers: {
    name: 'ClaimRegister Rep', description: '客户登记册：登记客户、修改自己的客户，不能删除',
    kinds: ['ViewListItems', 'AddListItems', 'EditListItems', ...REACH],
  },
  /** The activity log for everyone, managers included: add and read, never edit or delete. */
  appendOnly: {
    name: 'ClaimRegister Append', description: '客户登记册：只能追加记录，不能修改或删除',
    kinds: ['ViewListItems', 'AddListItems', ...REACH],
  },
  /** Managers: edit and delete any row; "override list behaviours" (CancelCheckout) lifts WriteSecurity. */
  manager: {
    name: 'ClaimRegister Manager', description: '客户登记册经理：可修改、转移、删除任何客户，可改花名册与规则',
    kinds: ['ViewListItems', 'AddListItems', 'EditListItems', 'DeleteListItems', 'CancelCheckout', ...REACH],
  },
  read: {
    name: 'ClaimRegister Read', description: '客户登记册：只读',
    kinds: ['ViewListItems', ...REACH],
  },
} as const satisfies Record<string, PermissionLevel>;

export type LevelKey = keyof typeof PERMISSION_LEVELS;

/** The BasePermissions JSON SharePoint REST takes for a role definition. */
export function basePermissions(kinds: readonly Kind[]): { High: string; Low: string } {
  // Two 32-bit halves without BigInt: WPS's Chromium 69 bundle is held to ES2019 syntax (no 1n literals).
  let high = 0;
  let low = 0;
  for (const kind of kinds) {
    const bit = KIND[kind] - 1;
    if (bit >= 32) high = (high | (1 << (bit - 32))) >>> 0;
    else low = (low | (1 << bit)) >>> 0;
  }
  return { High: String(high), Low: String(low) };
}
