// The name matcher's public face: everything outside src/core/names uses only these.
export { auditNames, type AuditGroup } from './auditNames';
export { classifyPair, type PairVerdict, type Verdict } from './classifyPair';
export { dedupeKey, dedupeKeyOf } from './dedupeKey';
export { storedKeyOf, type RegisteredName } from './storedKey';
export { migrateStoredKeys, type StoredRecord } from './migrateStoredKeys';
export { NameIndex, type NameMatch } from './nameIndex';
export { SharedNameIndex } from './sharedNameIndex';
export { parseCompanyName, type ParsedName } from './parseCompanyName';
export { formatReasons } from './formatReasons';
