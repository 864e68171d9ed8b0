/** Long work in the pane (a whole register's check, every claim state) gives the event loop a turn this often. */
const SLICE_MS = 8;

/**
 * Cuts a long loop into slices: call `due()` on each step and await `yieldTurn()` when it says so, so the
 * pane's keystrokes and paints are answered in between. Once `stop` is aborted (the pane's model closed) a
 * turn ends at once and `stopped()` says so: the loop returns instead of waiting on a timer nobody wants.
 */
export function timeSlices(stop?: AbortSignal): { due(): boolean; yieldTurn(): Promise<void>; stopped(): boolean } {
  let sliceStart = performance.now();
  return {
    due: () => performance.now() - sliceStart > SLICE_MS,
    async yieldTurn() {
      if (!stop?.aborted) await nextTurn(stop);
      sliceStart = performance.now();
    },
    stopped: () => !!stop?.aborted,
  };
}

function nextTurn(stop: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      stop?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, 0);
    stop?.addEventListener('abort', done);
  });
}
