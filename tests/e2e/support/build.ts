// A second production build in a folder of its own, for tests that need a build other than dist/:
// a newer version, or one made from a copy of data/ with imported offers in it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Builds the app with a build id (shown in its footer) and, if given, another data folder; returns the
 * output folder. With renameAssets, every file name differs from the normal build's, as after a code change.
 */
export function buildApp(id: string, { dataDirectory, renameAssets = false }: { dataDirectory?: string; renameAssets?: boolean } = {}): string {
  const outDir = mkdtempSync(join(tmpdir(), `care-routes-${id}-`));
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
    cwd: ROOT,
    env: { ...process.env, CARE_ROUTES_BUILD_ID: id, CARE_ROUTES_OUT_DIR: outDir, ...(dataDirectory ? { CARE_ROUTES_DATA_DIR: dataDirectory } : {}), ...(renameAssets ? { CARE_ROUTES_RENAME_ASSETS: id } : {}) },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build ${id} failed: ${result.stderr}`);
  return outDir;
}
