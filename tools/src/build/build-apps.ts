import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { build, type Metafile, type Plugin } from 'esbuild';

/** What `npm run build` makes: one plain-JavaScript file per entry point, under `dist/`. */
export const entryPoints = {
  glokal: 'apps/glokal/src/main.ts',
  worker: 'apps/worker/src/main.ts',
  slack: 'apps/slack/src/main.ts',
  discord: 'apps/discord/src/main.ts',
  'slack-manifest': 'apps/slack/src/print-manifest.ts',
  'discord-register': 'apps/discord/src/register-commands.ts',
  seed: 'tools/src/seed.ts',
  import: 'tools/src/import.ts',
} as const;

export type EntryName = keyof typeof entryPoints;

/** The package a bare import names: `@scope/name` or `name`, without a sub-path. */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

const builtins = new Set(builtinModules);

/**
 * How Node's own ES module loader can find `specifier`: a sub-path of a package without an
 * `exports` map (`googleapis/build/src/apis/calendar`) needs its file named in full, which
 * TypeScript's and tsx's resolution add by themselves and Node does not.
 */
export function esmSpecifier(specifier: string, importer: string): string {
  const name = packageOf(specifier);
  if (specifier === name) return specifier;
  const require = createRequire(importer);
  // Where Node finds the package from the importer (`package.json` itself may not be exported).
  const directory = (require.resolve.paths(name) ?? [])
    .map((modules) => join(modules, name))
    .find((candidate) => existsSync(join(candidate, 'package.json')));
  if (!directory) return specifier;
  const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as {
    exports?: unknown;
  };
  if (manifest.exports !== undefined) return specifier;
  const file = relative(directory, require.resolve(specifier));
  return `${name}/${file.split(sep).join('/')}`;
}

/**
 * Our own packages (`@glokal/*`, TypeScript sources linked by the workspaces) go into the
 * bundle; every other bare import stays an import, resolved at run time from `node_modules`
 * as installed by `npm ci --omit=dev`.
 */
const workspacesInside: Plugin = {
  name: 'glokal-workspaces-inside',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, ({ path, importer }) => {
      if (path.startsWith('@glokal/')) return undefined;
      if (path.startsWith('node:') || builtins.has(packageOf(path))) {
        return { path, external: true };
      }
      return { path: esmSpecifier(path, importer), external: true };
    });
  },
};

/** The npm packages the bundles import that are not production dependencies of `package.json`. */
function undeclaredImports(metafile: Metafile, dependencies: Set<string>): string[] {
  const imported = new Set(
    Object.values(metafile.outputs).flatMap((output) =>
      output.imports.filter((entry) => entry.external).map((entry) => entry.path),
    ),
  );
  return [...imported]
    .filter((path) => !path.startsWith('node:') && !builtins.has(packageOf(path)))
    .filter((path) => !dependencies.has(packageOf(path)))
    .sort();
}

export interface BuildResult {
  /** Each entry's output file, absolute. */
  files: Record<EntryName, string>;
}

/**
 * Bundles each entry point of `root` into `<outDir>/<name>.mjs` (ES modules for Node 20, with
 * source maps). Fails when a bundle imports an npm package that `npm ci --omit=dev` would not
 * install, since the built apps would then not start in the image.
 */
export async function buildApps(root: string, outDir: string): Promise<BuildResult> {
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(
      Object.entries(entryPoints).map(([name, source]) => [name, join(root, source)]),
    ),
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    keepNames: true,
    metafile: true,
    logLevel: 'warning',
    plugins: [workspacesInside],
  });
  const undeclared = undeclaredImports(
    result.metafile,
    new Set(Object.keys(manifest.dependencies ?? {})),
  );
  if (undeclared.length > 0) {
    throw new Error(
      `the build imports packages that are not dependencies in package.json (production installs leave them out): ${undeclared.join(', ')}`,
    );
  }
  return {
    files: Object.fromEntries(
      Object.keys(entryPoints).map((name) => [name, join(outDir, `${name}.mjs`)]),
    ) as Record<EntryName, string>,
  };
}

/** `path` relative to `root`, for messages. */
export function shown(root: string, path: string): string {
  return relative(root, path) || '.';
}
