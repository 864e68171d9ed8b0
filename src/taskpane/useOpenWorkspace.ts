import { useEffect, useState } from 'react';
import type { FieldColumns } from '../core/register/registerSchema';
import { REGISTER_TABLE_NAME } from '../core/register/registerSchema';
import type { Message } from '../i18n/message';
import { adoptSheet, findAdoptableSheet, type AdoptionProposal } from '../app/adoptSheet';
import { adoptionReport, type AdoptionReport } from './adoption/adoptionReport';
import type { PaneEnvironment } from './paneEnvironment';
import { loadNameMatcher } from '../app/nameMatcher';
import { RegisterWorkspace } from '../app/registerWorkspace';
import { serveWorkspace } from '../app/servedWorkspace';

export type WorkspaceState =
  | { status: 'loading' }
  /** No register yet, but a team's sheet to adopt: the pane asks before anything is written. */
  | { status: 'adopt'; proposal: AdoptionProposal; choice: AdoptionChoice }
  /** `adoption`: the sheet was just adopted; its duplicate groups, for the pane to show once. */
  | { status: 'ready'; workspace: RegisterWorkspace; adoption: AdoptionReport | null }
  | { status: 'failed'; error: string };

export interface AdoptionChoice {
  /** Converts the sheet with the confirmed columns; resolves with why it could not, or null once done. */
  adopt(columns: FieldColumns): Promise<Message | null>;
  /** Leaves the team's sheet alone and creates 客户登记 as on a blank workbook. */
  createBlank(): void;
}

/**
 * Opens the register once the pane has painted: the matcher's dictionaries and the store load in
 * parallel while the workbook is looked at. A workbook without a register but with a team's own list gets
 * the 采用现有表格 screen first; then the sheet is brought up to date.
 */
export function useOpenWorkspace(environment: PaneEnvironment): WorkspaceState {
  const [state, setState] = useState<WorkspaceState>({ status: 'loading' });
  useEffect(() => {
    let disposed = false;
    let opened: RegisterWorkspace | null = null;
    let unserve = () => undefined as void;
    const { host } = environment;

    /** Waits for the user's answer on the adoption screen, if the workbook calls for one. */
    const adoption = async (): Promise<AdoptionReport | null> => {
      if (await host.readTable(REGISTER_TABLE_NAME)) return null;
      const proposal = await findAdoptableSheet(host);
      if (!proposal) return null;
      return new Promise((resolve) => {
        const choice: AdoptionChoice = {
          async adopt(columns) {
            const result = await adoptSheet(host, proposal, columns, await loadNameMatcher());
            if ('error' in result) return result.error;
            const table = await host.readTable(REGISTER_TABLE_NAME);
            await host.activateSheet(proposal.sheet);
            resolve(adoptionReport(proposal.sheet, result, table ?? { firstDataRow: 0, rows: [] }, columns.name as number));
            setState({ status: 'loading' });
            return null;
          },
          createBlank() {
            resolve(null);
            setState({ status: 'loading' });
          },
        };
        if (!disposed) setState({ status: 'adopt', proposal, choice });
      });
    };

    Promise.all([Promise.all([loadNameMatcher(), environment.openStore()]), adoption()])
      .then(async ([[matcher, store], report]) => {
        const workspace = await RegisterWorkspace.open({
          host, store, matcher, clock: environment.clock, newId: environment.newId,
          currentUser: environment.preferences.user(), sheetMemory: await environment.openSheetMemory(),
        });
        return { workspace, report };
      })
      .then(({ workspace, report }) => {
        opened = workspace;
        unserve = serveWorkspace(workspace);
        if (disposed) workspace.dispose();
        else setState({ status: 'ready', workspace, adoption: report });
      })
      .catch((error: unknown) => {
        console.error('Opening the register failed', error);
        if (!disposed) setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      disposed = true;
      unserve();
      opened?.dispose();
    };
  }, [environment]);
  return state;
}
