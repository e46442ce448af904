import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApps, shown } from './build/build-apps';

/** `npm run build [-- --out-dir <dir>]`: the apps as plain JavaScript under `dist/`. */
const root = resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({ options: { 'out-dir': { type: 'string' } } });
const outDir = resolve(values['out-dir'] ?? resolve(root, 'dist'));
const { files } = await buildApps(root, outDir);
for (const [name, file] of Object.entries(files)) console.log(`${name}: ${shown(root, file)}`);
