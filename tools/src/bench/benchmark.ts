/**
 * One benchmark module of `npm run bench`. It prints one line per figure through `report`,
 * each naming what was measured and the reference it compares with.
 */
export interface Benchmark {
  name: string;
  run(report: (line: string) => void): Promise<void>;
}
