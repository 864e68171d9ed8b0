/** Long work in the pane (a whole register's check, every claim state) gives the event loop a turn this often. */
const SLICE_MS = 8;

/**
 * Cuts a long loop into slices: call `due()` on each step and await `yieldTurn()` when it says so, so the
 * pane's keystrokes and paints are answered in between.
 */
export function timeSlices(): { due(): boolean; yieldTurn(): Promise<void> } {
  let sliceStart = performance.now();
  return {
    due: () => performance.now() - sliceStart > SLICE_MS,
    async yieldTurn() {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    },
  };
}
