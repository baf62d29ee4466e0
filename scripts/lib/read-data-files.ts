// Reads every JSON file under data/ so the core can check it; a file that is not valid JSON
// is reported with its line and column instead of stopping at the first one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DataProblem, RawDataFiles } from '../../src/core/model/index.ts';

export interface ReadResult {
  files: RawDataFiles;
  problems: DataProblem[];
}

function listJsonFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return listJsonFiles(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

function positionOf(text: string, error: unknown): string {
  const match = /position (\d+)/.exec(String(error));
  if (!match) return '';
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})`;
}

export function readDataFiles(dataDirectory: string): ReadResult {
  const files: RawDataFiles = {};
  const problems: DataProblem[] = [];
  for (const path of listJsonFiles(dataDirectory).sort()) {
    const key = relative(dataDirectory, path).split(sep).join('/');
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    try {
      files[key] = JSON.parse(text);
    } catch (error) {
      problems.push({
        file: key,
        record: '(file)',
        field: '(file)',
        message: `is not valid JSON${positionOf(text, error)}: ${(error as Error).message}`,
      });
    }
  }
  return { files, problems };
}
