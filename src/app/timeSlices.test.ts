import { timeSlices } from './timeSlices';

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
});
