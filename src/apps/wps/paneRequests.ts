import { message, type Message } from '../../i18n/message';
import type { RegisterWorkspace } from '../../app/registerWorkspace';
import type { WpsAddinRoot } from '../../hosts/wps/wpsAddinRoot';

/**
 * WPS runs the ribbon in a page of its own, apart from the task pane's page that holds the register model
 * (its store and its log). A ribbon button reaches that model through PluginStorage, which every page of the
 * add-in shares while WPS runs: the button leaves a request for the workbook in front, the pane serving that
 * workbook takes it, runs it on its model and leaves the answer. So 生成月度汇总 in WPS comes from the history,
 * as the pane's own button makes it.
 */
const REQUEST = 'claim-register.paneRequest';
const ANSWER = 'claim-register.paneAnswer.';

export type PaneRequestKind = 'monthlySummary';

interface PaneRequest {
  id: string;
  kind: PaneRequestKind;
  /** The workbook the button was pressed on: only the pane serving it answers. */
  workbook: string;
}

export interface AskOptions {
  /** How long the button waits for the pane (it may be opening a large register first). */
  timeoutMs: number;
  pollMs: number;
}

/** A 100,000-customer register opens and reads its log in some seconds: a button waits for that, not for ever. */
export const PANE_WAIT: AskOptions = { timeoutMs: 60_000, pollMs: 250 };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Leaves the request and waits for the pane's answer; null when no pane answered in time (the request is withdrawn). */
export async function askPane(
  root: WpsAddinRoot, request: PaneRequest, { timeoutMs, pollMs }: AskOptions,
): Promise<Message[] | null> {
  const storage = root.PluginStorage;
  storage.setItem(REQUEST, JSON.stringify(request));
  const answerKey = ANSWER + request.id;
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await pause(pollMs)) {
    const answer = storage.getItem(answerKey);
    if (answer) {
      storage.removeItem(answerKey);
      return JSON.parse(answer) as Message[];
    }
  }
  if (storage.getItem(REQUEST)?.includes(request.id)) storage.removeItem(REQUEST);
  return null;
}

export type PaneRequestRunners = Record<PaneRequestKind, (workspace: RegisterWorkspace) => Promise<Message[]>>;

/**
 * The pane's side: every `pollMs`, takes a request for `workbook` once the register model is open, runs it and
 * leaves the answer (a failure is answered too, with its reason). Returns a function that stops answering.
 */
export function answerPaneRequests(
  root: WpsAddinRoot, workbook: string, workspace: () => RegisterWorkspace | null, runners: PaneRequestRunners, pollMs: number,
): () => void {
  const storage = root.PluginStorage;
  const take = () => {
    const raw = storage.getItem(REQUEST);
    const served = workspace();
    if (!raw || !served) return;
    const request = JSON.parse(raw) as PaneRequest;
    if (request.workbook !== workbook) return;
    storage.removeItem(REQUEST);
    const answer = (messages: Message[]) => storage.setItem(ANSWER + request.id, JSON.stringify(messages));
    runners[request.kind](served).then(answer, (error: unknown) => {
      console.error('客户登记册: a ribbon request failed in the pane', error);
      answer([message('host.command.failed', { detail: error instanceof Error ? error.message : String(error) })]);
    });
  };
  const timer = setInterval(take, pollMs);
  return () => clearInterval(timer);
}
