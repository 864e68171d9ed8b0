import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

/**
 * auth.html: where the MSAL sign-in popup lands. It hands the answer back to the task pane that opened it
 * (MSAL 5 no longer reads the popup's address itself) and the popup closes.
 */
broadcastResponseToMainFrame().catch((error: unknown) => {
  document.body.textContent = error instanceof Error ? error.message : String(error);
});
