import { createStandardPublicClientApplication } from '@azure/msal-browser';
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';
import { isDialogPage, runAuthDialogPage } from '../../store/sharepoint/auth/authDialogPage';

/**
 * auth.html serves two sign-ins. Opened by Office's dialog API (Excel without nested app authentication)
 * it signs in with MSAL's redirect flow and messages the token to the pane; as the return page of the
 * MSAL popup (WPS, a plain browser) it hands the answer back to the pane that opened it.
 */
const page = { href: window.location.href, storage: window.sessionStorage };
if (isDialogPage(page) && typeof Office !== 'undefined') {
  Office.onReady(() => runAuthDialogPage({
    ...page, createApp: createStandardPublicClientApplication, messageParent: (text) => Office.context.ui.messageParent(text),
  })).catch((error: unknown) => {
    document.body.textContent = error instanceof Error ? error.message : String(error);
  });
} else {
  broadcastResponseToMainFrame().catch((error: unknown) => {
    document.body.textContent = error instanceof Error ? error.message : String(error);
  });
}
