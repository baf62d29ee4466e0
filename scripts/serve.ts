// npm start (after the build): serves dist/ with the headers a real host must send (docs/deploy.md).
// npm run serve -- [--port 4173] [--host 0.0.0.0]: --host 0.0.0.0 lets other devices on the same
// network (tablets at a job fair) open it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fail } from './lib/cli.ts';
import { startStaticHost } from './lib/static-host.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '4173' }, host: { type: 'string', default: '127.0.0.1' } } });
const root = resolve('dist');
if (!existsSync(resolve(root, 'shell.html'))) fail('There is no build in dist/. Run npm run build first (npm start does both).', 2);
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a number from 0 to 65535, not "${values.port}".`, 2);

try {
  const host = await startStaticHost(root, { host: values.host, port });
  console.log(`Care Routes is running at ${host.origin}/ (press Ctrl+C to stop).`);
} catch (error) {
  fail(`Could not start the server: ${(error as Error).message}`, 1);
}
