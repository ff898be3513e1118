/**
 * A calibration figure (issue 23): a fixed CPU-bound workload's time on this machine, so that a note
 * can compare runs on different machines — or on this one, whose speed was seen to vary twofold
 * from one minute to the next. Every figure the bench prints in ms or s is followed by its ratio to
 * the calibration taken just before its section.
 */
const RUNS = 7;

/** Plain JavaScript work, as the engine and the rules do: integer mixing, floating point, short strings in a Map. */
function workload(): number {
  let state = 0x9e3779b9;
  let sum = 0;
  const seen = new Map<string, number>();
  for (let index = 0; index < 8_000_000; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    sum += Math.sqrt(state >>> 0);
    if ((index & 31) === 0) {
      const key = (state >>> 20).toString(36);
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
  }
  return sum + seen.size;
}

/** The median time of the workload, in ms. */
export function calibrate(): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    workload();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const FIGURE = /(\d[\d,]*(?:\.\d+)?) (ms|s)\b/g;

/** The line with each time in it followed by its ratio to the calibration: `50.0 ms (0.31 cal)`. */
export function withRatios(line: string, calibrationMs: number): string {
  return line.replace(FIGURE, (figure, value: string, unit: string) => {
    const ms = Number(value.replace(/,/g, '')) * (unit === 's' ? 1_000 : 1);
    return `${figure} (${(ms / calibrationMs).toFixed(ms / calibrationMs < 0.01 ? 4 : 2)} cal)`;
  });
}
