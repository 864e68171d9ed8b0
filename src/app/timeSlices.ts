/** Long work in the pane (a whole register's check, every claim state) gives the event loop a turn this often. */
const SLICE_MS = 8;

/**
 * While the rep types, long work waits until the keystrokes have paused this long: what it would do in between
 * (and the garbage it leaves, whose collection stops the page) would stand between a keystroke and its verdict.
 */
export const TYPING_PAUSE_MS = 150;

/** When the rep last typed into the pane (performance.now()): one keyboard for the page, so one clock. */
let lastKeystrokeAt = Number.NEGATIVE_INFINITY;

/** The name field calls this on each keystroke: long work holds back until typing pauses. */
export function noteKeystroke(): void {
  lastKeystrokeAt = performance.now();
}

/**
 * Cuts a long loop into slices: call `due()` on each step and await `yieldTurn()` when it says so, so the
 * pane's keystrokes and paints are answered in between; while the rep types, a turn lasts until typing pauses
 * (TYPING_PAUSE_MS) unless `holdWhileTyping` is off. Once `stop` is aborted (the pane's model closed) a turn
 * ends at once and `stopped()` says so: the loop returns instead of waiting on a timer nobody wants.
 */
export function timeSlices(
  stop?: AbortSignal, { holdWhileTyping = true }: { holdWhileTyping?: boolean } = {},
): { due(): boolean; yieldTurn(): Promise<void>; stopped(): boolean } {
  let sliceStart = performance.now();
  return {
    due: () => performance.now() - sliceStart > SLICE_MS,
    async yieldTurn() {
      if (!stop?.aborted) await nextTurn(stop, 0);
      // A keystroke came in meanwhile: wait for the pause after the last one (each may be followed by another).
      for (let wait = typingWait(); holdWhileTyping && wait > 0 && !stop?.aborted; wait = typingWait()) await nextTurn(stop, wait);
      sliceStart = performance.now();
    },
    stopped: () => !!stop?.aborted,
  };
}

function typingWait(): number {
  return lastKeystrokeAt + TYPING_PAUSE_MS - performance.now();
}

function nextTurn(stop: AbortSignal | undefined, delayMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      stop?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, delayMs);
    stop?.addEventListener('abort', done);
  });
}
