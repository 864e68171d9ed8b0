/// <reference types="office-js" />
import type { AuthDialogOpener } from '../../store/sharepoint/auth/dialogTokenProvider';

/** Office's dialog API as the dialog sign-in needs it; the real one reads the global Office object. */
export interface OfficeAuthHost {
  /** Nested app authentication (the host's own account, no dialog) is available. */
  supportsNestedAppAuth(): boolean;
  openDialog: AuthDialogOpener;
}

/** Office reports a dialog the user closed as event 12006. */
const DIALOG_CLOSED = 12006;

export function officeAuthHost(): OfficeAuthHost {
  return {
    supportsNestedAppAuth: () => Office.context.requirements.isSetSupported('NestedAppAuth', '1.1'),
    openDialog: (url) => new Promise<string>((resolve, reject) => {
      Office.context.ui.displayDialogAsync(url, { height: 60, width: 30, promptBeforeOpen: false }, (opened) => {
        if (opened.status !== Office.AsyncResultStatus.Succeeded) {
          reject(new Error(`${opened.error.code}: ${opened.error.message}`));
          return;
        }
        const dialog = opened.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          dialog.close();
          if ('message' in arg) resolve(arg.message);
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
          reject(new Error('error' in arg && arg.error === DIALOG_CLOSED ? `${DIALOG_CLOSED}: the sign-in dialog was closed` : 'the sign-in dialog failed'));
        });
      });
    }),
  };
}
