import { cleanLineList, type ClaimPolicy } from '../core/claims';
import type { SpreadsheetHost } from '../hosts/spreadsheetHost';
import { registerHighlightRules } from './registerHighlights';
import type { RegisterLayout } from './registerLayout';
import type { RegisterSettings } from './registerSettings';
import { registerValidationRules } from './registerValidation';

/** Puts the register's validation and conditional formats in place (after creating, adopting, or a roster change). */
export async function applyRegisterRules(host: SpreadsheetHost, layout: RegisterLayout, settings: RegisterSettings): Promise<void> {
  await host.setValidation(layout.sheet, registerValidationRules(layout, settings.roster, activeLines(settings.policy)));
  await host.setConditionalFormats(layout.sheet, registerHighlightRules(layout, settings.policy));
}

function activeLines(policy: ClaimPolicy): string[] {
  return policy.productLines.enabled ? cleanLineList(policy.productLines.lines) : [];
}
