import type { BuildSignIn } from './teamSettings';

/**
 * The app registration a company may build into its own copy of the add-in (CLAIM_REGISTER_CLIENT_ID and
 * CLAIM_REGISTER_TENANT_ID in the build's environment, replaced by webpack's DefinePlugin). Workbook
 * settings entered by the admin take precedence.
 */
export const BUILD_SIGN_IN: BuildSignIn = {
  clientId: process.env.CLAIM_REGISTER_CLIENT_ID ?? '',
  tenantId: process.env.CLAIM_REGISTER_TENANT_ID ?? '',
};
