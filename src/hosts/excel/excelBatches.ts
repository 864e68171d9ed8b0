/// <reference types="office-js" />
import type { ExcelApi, ExcelBatch } from './excelEnvironment';

/** Batches wait while the user is typing in a cell instead of failing (ARCHITECTURE § Habits). */
const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

/**
 * Every Excel.run of the adapter goes through here, one at a time: `runtime.enableEvents` belongs to the whole
 * add-in runtime, so two overlapping writes would switch events back on under each other.
 */
export class ExcelBatches {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly excel: ExcelApi) {}

  private serial<T>(start: () => Promise<T>): Promise<T> {
    const next = this.tail.then(start, start);
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** A batch that only reads (and syncs as often as it says). */
  read<T>(batch: ExcelBatch<T>): Promise<T> {
    return this.serial(() => this.excel.run(RUN_OPTIONS, batch));
  }

  /**
   * A batch that writes the add-in's own cells: events are off from its first round trip, and switched back on
   * only in a request of its own, after the writes were sent (Office.js does not say whether a request's
   * writes raise their events before a later action of the same request turns events on again). Events that
   * still arrive late are recognised by the host's OwnWrites. The batch syncs only when it must read first.
   */
  write<T>(batch: ExcelBatch<T>): Promise<T> {
    return this.serial(async () => {
      try {
        return await this.excel.run(RUN_OPTIONS, async (context) => {
          context.runtime.enableEvents = false;
          const result = await batch(context);
          await context.sync();
          context.runtime.enableEvents = true;
          await context.sync();
          return result;
        });
      } catch (error) {
        // The failed batch's queue is abandoned; a fresh one switches events back on.
        await this.excel.run(RUN_OPTIONS, async (context) => {
          context.runtime.enableEvents = true;
          await context.sync();
        });
        throw error;
      }
    });
  }

  /** Runs on the context an event registration was made with (Office.js needs it to remove the handler). */
  onContext(context: OfficeExtension.ClientRequestContext, batch: ExcelBatch<void>): Promise<void> {
    return this.serial(() => this.excel.run(context, batch));
  }
}
