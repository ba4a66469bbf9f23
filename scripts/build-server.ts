// Compiles the server's TypeScript once into dist/server/ (esbuild, one bundle plus chunks for the
// commands loaded on demand), so a production start does not transpile every source file through
// tsx (docs/benchmarks.md, start-up). npm packages stay outside the bundle and load from
// node_modules as before. bin/zorgpost.mjs prefers this build while it is newer than every source.
// Also writes the empty, migrated database a new embedded installation is copied from.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { writeDatabaseTemplate } from '../src/db/write-database-template';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist/server');

// A few modules find files next to themselves (migrations, the worker thread's script, the
// password list, the project root) through import.meta.url. In the bundle that would point into
// dist/server/, so each one gets the URL of its own source file instead (src/ ships beside dist/).
const sourceUrls: Plugin = {
  name: 'source-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.(ts|mjs)$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const relative = path.relative(outdir, args.path).split(path.sep).join('/');
      return {
        contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(relative)}, import.meta.url).href`),
        loader: args.path.endsWith('.ts') ? 'ts' : 'js',
      };
    });
  },
};

await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    main: path.join(root, 'src/cli/main.ts'),
    check: path.join(root, 'src/cli/check.ts'),
    sentiment: path.join(root, 'src/cli/sentiment.ts'),
    triage: path.join(root, 'src/cli/triage.ts'),
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  outExtension: { '.js': '.mjs' },
  sourcemap: 'linked',
  logLevel: 'warning',
  plugins: [sourceUrls],
});
await writeDatabaseTemplate(path.join(outdir, 'empty-database.tar.gz'));
console.log(`built ${path.relative(root, outdir)}/`);
