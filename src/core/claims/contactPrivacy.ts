import type { CustomerRecord } from '../register/customerRecord';

export interface ContactViewer {
  name: string;
  isManager: boolean;
}

/** What a look-up may show of a customer's contact: the real values, or nothing and `masked`. */
export interface VisibleContact {
  contactPerson: string;
  phone: string;
  masked: boolean;
}

/**
 * Checking duplicates must not leak colleagues' contacts: with `maskColleagues` on (the team's setting),
 * the contact person and phone of a customer someone else owns are shown only to its owner and managers.
 * Owner, state, dates and protection stay visible to everyone — that is what the look-up is for.
 */
export function visibleContact(record: CustomerRecord, viewer: ContactViewer | null, maskColleagues: boolean): VisibleContact {
  const sees = !maskColleagues || (viewer !== null && (viewer.isManager || viewer.name === record.rep));
  return sees
    ? { contactPerson: record.contactPerson, phone: record.phone, masked: false }
    : { contactPerson: '', phone: '', masked: record.contactPerson !== '' || record.phone !== '' };
}
