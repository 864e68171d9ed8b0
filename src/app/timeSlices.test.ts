import { noteKeystroke, timeSlices, TYPING_PAUSE_MS } from './timeSlices';

describe('timeSlices', () => {
  test('a turn waits for the event loop; once stopped it ends at once, and a waiting turn ends with the stop', async () => {
    jest.useFakeTimers();
    try {
      const stop = new AbortController();
      const slices = timeSlices(stop.signal);
      let ended = false;
      const turn = slices.yieldTurn().then(() => { ended = true; });
      await Promise.resolve();
      expect(ended).toBe(false);
      stop.abort();
      await turn;
      expect(ended).toBe(true);
      expect(slices.stopped()).toBe(true);
      // No timer is left behind for a loop nobody wants.
      expect(jest.getTimerCount()).toBe(0);
      await slices.yieldTurn();
    } finally {
      jest.useRealTimers();
    }
  });

  test('while the rep types, a turn lasts until the keystrokes have paused for TYPING_PAUSE_MS', async () => {
    jest.useFakeTimers();
    try {
      const slices = timeSlices();
      let ended = false;
      const endedAfter = async (ms: number) => {
        await jest.advanceTimersByTimeAsync(ms);
        return ended;
      };
      noteKeystroke();
      const turn = slices.yieldTurn().then(() => { ended = true; });
      expect(await endedAfter(TYPING_PAUSE_MS - 50)).toBe(false);
      noteKeystroke(); // the next keystroke: the pause starts again
      expect(await endedAfter(TYPING_PAUSE_MS - 10)).toBe(false);
      expect(await endedAfter(20)).toBe(true);
      await turn;
      // Work that must not wait for typing (the log a click needs) takes its turn at once.
      noteKeystroke();
      const reading = timeSlices(undefined, { holdWhileTyping: false });
      let read = false;
      const page = reading.yieldTurn().then(() => { read = true; });
      await jest.advanceTimersByTimeAsync(1);
      expect(read).toBe(true);
      await page;
      await jest.advanceTimersByTimeAsync(TYPING_PAUSE_MS);
      // No typing: the next turn is the event loop's next one.
      ended = false;
      const next = slices.yieldTurn().then(() => { ended = true; });
      expect(await endedAfter(1)).toBe(true);
      await next;
    } finally {
      jest.useRealTimers();
    }
  });
});
