// The real catalogue from data/, checked, for tests that assert on true content.
import { join } from 'node:path';
import type { Catalogue } from '../../src/core/model';
import { loadCatalogue } from '../../scripts/lib/load-catalogue';

let cached: Catalogue | undefined;

export function realCatalogue(): Catalogue {
  cached ??= loadCatalogue(join(__dirname, '../../data')).catalogue;
  return cached;
}
