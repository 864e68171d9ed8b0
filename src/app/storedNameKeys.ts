import { customerKeyOf } from '../core/claims';
import type { StoredCustomer } from '../store/claimStore';
import type { RegisterModel } from './registerModel';

/**
 * Each stored customer's name with its 查重键 (a claim on a product line is keyed by the customer's key too):
 * the live check reads a stored name's key here instead of parsing it again. It follows the store's changes,
 * so a key moved after the pane opened (a migration queued offline, another computer's) is read as moved.
 */
const byModel = new WeakMap<RegisterModel, Map<string, string>>();

export function storedNameKeys(model: RegisterModel): Map<string, string> {
  const keys = new Map<string, string>();
  for (const { record } of model.customers.storedCustomers()) keys.set(record.name, customerKeyOf(record.dedupeKey));
  byModel.set(model, keys);
  return keys;
}

export function followStoredNames(model: RegisterModel, changed: readonly StoredCustomer[]): void {
  const keys = byModel.get(model);
  if (keys) for (const { record } of changed) keys.set(record.name, customerKeyOf(record.dedupeKey));
}
