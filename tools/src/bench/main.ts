import type { Benchmark } from './benchmark';
import { readCommandsBenchmark } from './read-commands.bench';
import { slackBenchmark } from './slack.bench';
import { discordBenchmark } from './discord.bench';
import { syncBenchmark } from './sync.bench';
import { remindersBenchmark } from './reminders.bench';
import { loadBenchmark } from './load.bench';
import { idleMemoryBenchmark } from './idle-memory.bench';

/**
 * `npm run bench`: every benchmark, one after another, in this explicit list (one import and
 * one line per benchmark module). Each prints one line per figure with its reference.
 * `npm run bench -- <name> …` runs only those named.
 */
const benchmarks: readonly Benchmark[] = [
  readCommandsBenchmark,
  slackBenchmark,
  discordBenchmark,
  syncBenchmark,
  remindersBenchmark,
  idleMemoryBenchmark,
  loadBenchmark,
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  for (const benchmark of benchmarks) {
    if (only.length > 0 && !only.includes(benchmark.name)) continue;
    console.log(`# ${benchmark.name}`);
    await benchmark.run((line) => console.log(line));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
