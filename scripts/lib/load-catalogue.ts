// One entry point for build, scripts and tests: read data/, check it, return the catalogue or the problems.
import { buildCatalogue, type CatalogueResult } from '../../src/core/model/index.ts';
import { readDataFiles } from './read-data-files.ts';

export function loadCatalogue(dataDirectory: string): CatalogueResult {
  const read = readDataFiles(dataDirectory);
  const result = buildCatalogue(read.files);
  return { catalogue: result.catalogue, problems: [...read.problems, ...result.problems] };
}
