// Runs every `examples/*.example.ts` through the built SDK packages and prints the results.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.example.ts'))
  .sort();

for (const file of files) {
  const mod = (await import(pathToFileURL(`${dir}/${file}`).href)) as {
    title: string;
    run: () => void;
  };
  console.log(`\n━━━━ ${mod.title} ━━━━`);
  mod.run();
}
