// Loaded lazily by the executable, so a broken installation is reported in Japanese, not as a stack trace.
import { processIo } from './io';
import { defaultRegistry } from './registry';
import { runCli } from './run';

/** Runs `kaigo` on the process streams and returns the exit code. */
export function main(argv: readonly string[]): Promise<number> {
  return runCli(argv, processIo(), defaultRegistry());
}
