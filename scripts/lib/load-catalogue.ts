// One entry point for build, scripts and tests: read data/, check it, return the catalogue or the problems.
import { buildCatalogue, type CatalogueResult } from '../../src/core/model';
import { readDataFiles } from './read-data-files';

export function loadCatalogue(dataDirectory: string): CatalogueResult {
  const read = readDataFiles(dataDirectory);
  const result = buildCatalogue(read.files);
  return { catalogue: result.catalogue, problems: [...read.problems, ...result.problems] };
}
