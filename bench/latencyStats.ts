/** The value below which `fraction` of the samples fall (nearest rank), from an ascending list. */
export function percentile(ascending: readonly number[], fraction: number): number {
  if (ascending.length === 0) return Number.NaN;
  const rank = Math.ceil(fraction * ascending.length) - 1;
  return ascending[Math.min(ascending.length - 1, Math.max(0, rank))];
}

export interface Latency {
  p50_us: number;
  p99_us: number;
  max_us: number;
}

/** Summarises per-call durations given in microseconds. */
export function latencyOf(samplesMicros: readonly number[]): Latency {
  const ascending = [...samplesMicros].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    p50_us: round(percentile(ascending, 0.5)),
    p99_us: round(percentile(ascending, 0.99)),
    max_us: round(ascending[ascending.length - 1] ?? Number.NaN),
  };
}

/** Calls `run` once per input and returns each call's duration in microseconds, alongside its result. */
export function timeEach<I, O>(inputs: readonly I[], run: (input: I) => O): { micros: number[]; results: O[] } {
  const micros: number[] = [];
  const results: O[] = [];
  for (const input of inputs) {
    const start = process.hrtime.bigint();
    const result = run(input);
    micros.push(Number(process.hrtime.bigint() - start) / 1000);
    results.push(result);
  }
  return { micros, results };
}
