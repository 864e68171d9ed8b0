import type { FakeExcel } from './fakeExcel';
import { FakeOfficeError, byteSize } from './clientObject';
import { FakeRuntime, FakeWorkbook } from './workbookProxies';

export { FakeOfficeError };

/** Excel on the web refuses a request or a response larger than 5 MB; the fake refuses it everywhere. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** A queued action's own JSON (ids, action type, object path) besides the values it carries. */
const ACTION_OVERHEAD_BYTES = 80;

/** Model code throws "Code: detail"; turn that into the error Office.js would raise. */
function asOfficeError(error: unknown): FakeOfficeError {
  if (error instanceof FakeOfficeError) return error;
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\w+): (.*)$/s.exec(text);
  return match ? new FakeOfficeError(match[1], match[2]) : new FakeOfficeError('GeneralException', text);
}

interface Step {
  /** Applies the action to the model; returns the bytes it adds to the response (loads). */
  run(): number | void;
  requestBytes: number;
}

/**
 * A request context: proxies queue their actions here; `sync()` is one round trip that applies them in
 * order, fills in what was loaded and counts itself on the FakeExcel.
 */
export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly runtime: FakeRuntime;
  private steps: Step[] = [];
  /** Completed round trips of this context (proxies use it to know whether they have been synced). */
  syncs = 0;

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.runtime = new FakeRuntime(this);
  }

  get pendingActions(): number {
    return this.steps.length;
  }

  enqueue(run: () => number | void, payload: unknown = undefined): void {
    this.steps.push({ run, requestBytes: ACTION_OVERHEAD_BYTES + byteSize(payload) });
  }

  async sync(): Promise<void> {
    this.excel.countSync();
    const steps = this.steps;
    this.steps = [];
    // A round trip: the add-in's code never runs in the middle of one.
    await new Promise((resolve) => setImmediate(resolve));
    const requestBytes = steps.reduce((sum, s) => sum + s.requestBytes, 0);
    this.excel.recordPayload(requestBytes);
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `the request is ${requestBytes} bytes`);
    }
    let responseBytes = 0;
    try {
      for (const step of steps) responseBytes += step.run() ?? 0;
    } catch (error) {
      this.excel.flushEvents();
      throw asOfficeError(error);
    }
    this.syncs++;
    this.excel.flushEvents();
    if (responseBytes > PAYLOAD_LIMIT_BYTES) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `the response is ${responseBytes} bytes`);
    }
  }
}

