#!/usr/bin/env node
// The `kaigo` executable: runs the CLI on the process streams and sets the exit code.
import { processIo } from './io';
import { defaultRegistry } from './registry';
import { runCli } from './run';

process.exitCode = await runCli(process.argv.slice(2), processIo(), defaultRegistry());
