import { useEffect, useState } from 'react';
import type { SheetName } from './components/CheckTab';
import type { RegisterWorkspace } from '../app/registerWorkspace';

/**
 * Names the user types into the register's 客户名称 column (checked and marked by the live check) or selects
 * in it (where the host reports selections) are handed to the 查重 field, so the sheet and the pane agree.
 */
export function useSheetNames(workspace: RegisterWorkspace | null): SheetName | null {
  const [sheetName, setSheetName] = useState<SheetName | null>(null);
  useEffect(() => {
    if (!workspace) return;
    const { host } = workspace;
    let nonce = 0;
    const show = (name: string | null) => {
      if (name) setSheetName({ name, nonce: ++nonce });
    };
    const stopTyped = workspace.onTypedName(show);
    const stopSelection = host.capabilities.seesSelection && host.onSelectionChanged
      ? host.onSelectionChanged(workspace.layout.sheet, async (range) => show(await workspace.nameAtRow(range.top)))
      : null;
    return () => {
      stopTyped();
      void stopSelection?.then((unsubscribe) => unsubscribe());
    };
  }, [workspace]);
  return sheetName;
}
