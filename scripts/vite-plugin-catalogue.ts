// Vite plugin: checks data/ on every build and serves it to the app as `virtual:catalogue`.
// A bad record stops the build with the file, record id and field, so broken facts never ship.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem } from '../src/core/model/index.ts';
import { loadCatalogue } from './lib/load-catalogue.ts';

const VIRTUAL_ID = 'virtual:catalogue';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

export function catalogueData(dataDirectory: string): Plugin {
  const directory = resolve(dataDirectory);
  return {
    name: 'care-routes-catalogue',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const { catalogue, problems } = loadCatalogue(directory);
      if (problems.length > 0) {
        const list = problems.map((problem) => `  data/${formatProblem(problem)}`).join('\n');
        this.error(`The data in data/ has ${problems.length} problem(s):\n${list}`);
      }
      // JSON.parse of a string literal is faster for browsers to load than an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(catalogue))});`;
    },
    configureServer(server) {
      server.watcher.add(directory);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(directory)) return;
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
