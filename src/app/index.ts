// The application layer: the register model and its use cases, host- and store-neutral — what the task pane, the ribbon commands and WPS call.
export { adoptSheet, findAdoptableSheet, proposeAdoption, type AdoptionProposal, type AdoptionResult } from './adoptSheet';
export { findingMessages, findingNote } from './findingText';
export { writeDailyList, writeMonthlySummary, type SheetWritten } from './monthlySummary';
export { openRegister, type OpenedRegister, type OpenOptions } from './openRegister';
export { printRegister } from './printSetup';
export { registerHighlightRules, registerLegend, type LegendEntry } from './registerHighlights';
export { registerLayout, registerTableDefinition, type ColumnMapping, type RegisterLayout } from './registerLayout';
export { applyRegisterRules } from './registerRules';
export { RegisterSession, type RegisterEdit, type RowEdit, type SessionSnapshot } from './registerSession';
export {
  readRegisterSettings, saveColumnMapping, savePolicy, saveRoster, type RegisterSettings,
} from './registerSettings';
export { registerValidationRules } from './registerValidation';
export type { FindingLevel, RegisterEntry, RowFinding, RowMatch } from '../core/register/rowFindings';
