// Removes ./dist of the package in the current directory (the builds write ESM and CJS into it in parallel).
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
