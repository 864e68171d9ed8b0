import fc from 'fast-check';
import { emptyCustomerRecord, type CustomerRecord } from './customerRecord';
import { rowFingerprint, showsSame } from './rowFingerprint';

const record = (fields: Partial<CustomerRecord>): CustomerRecord => ({ ...emptyCustomerRecord(), name: '华为技术有限公司', rep: '王芳', dedupeKey: '华为', ...fields });

describe('what a row shows', () => {
  test('the computed columns are not what a row shows: 保护到期 and 查重键 leave the fingerprint alone', () => {
    const row = record({ remarks: '老客户' });
    expect(rowFingerprint({ ...row, protectedUntil: '2027-01-01' as CustomerRecord['protectedUntil'], dedupeKey: '别的键' })).toBe(rowFingerprint(row));
    expect(showsSame({ ...row, protectedUntil: '2027-01-01' as CustomerRecord['protectedUntil'] }, row)).toBe(true);
    // A key moved since is written again.
    expect(showsSame({ ...row, dedupeKey: '别的键' }, row)).toBe(false);
  });

  test('an empty field is empty however it is held; field order does not matter', () => {
    const row = record({ grade: null });
    const reordered = Object.fromEntries(Object.entries(row).reverse()) as unknown as CustomerRecord;
    expect(rowFingerprint(reordered)).toBe(rowFingerprint(row));
    expect(showsSame({ ...row, grade: undefined as unknown as null }, row)).toBe(true);
  });

  test('any typed change shows: the fingerprint and the comparison agree', () => {
    const text = fc.string({ maxLength: 12 });
    fc.assert(fc.property(text, text, text, text, (remarksA, remarksB, notesA, notesB) => {
      const a = record({ remarks: remarksA, followUpNotes: notesA });
      const b = record({ remarks: remarksB, followUpNotes: notesB });
      const same = remarksA === remarksB && notesA === notesB;
      expect(showsSame(a, b)).toBe(same);
      if (same) expect(rowFingerprint(a)).toBe(rowFingerprint(b));
      else expect(rowFingerprint(a)).not.toBe(rowFingerprint(b));
    }));
  });
});
