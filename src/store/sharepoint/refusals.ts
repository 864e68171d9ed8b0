import type { CustomerRecord } from '../../core/register/customerRecord';
import { message, type Message } from '../../i18n/message';
import type { ListKey } from './listSchema';

/** SharePoint said 403 (accessDenied): what the user is told, per list. */
export function deniedReason(list: ListKey, record?: CustomerRecord): Message {
  if (list === 'customers' && record) return message('store.sharepoint.denied.customers', { name: record.name, owner: record.rep || '—' });
  if (list === 'roster') return message('store.sharepoint.denied.roster');
  if (list === 'settings') return message('store.sharepoint.denied.settings');
  return message('store.sharepoint.denied.activities');
}

export function rejectedReason(record: CustomerRecord, detail: string): Message {
  return message('store.sharepoint.rejected', { name: record.name, detail });
}
