// Reads the build's chunk list (dist/.vite/manifest.json): which file each source became, and what
// it imports. The budgets measure the files a page needs from it; pre-rendering preloads them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** The files some chunks need before they run: themselves and everything they import statically. */
export function staticClosure(manifest: Manifest, keys: readonly string[], files = new Set<string>()): Set<string> {
  for (const key of keys) {
    const entry = manifest[key];
    if (!entry) throw new Error(`The build has no chunk for "${key}" (dist/.vite/manifest.json). Was it renamed?`);
    if (files.has(entry.file)) continue;
    files.add(entry.file);
    staticClosure(manifest, entry.imports ?? [], files);
  }
  return files;
}
