// The browser tests' server: the production host from scripts/lib/static-host.ts, with its headers
// and Content-Security-Policy, reading its folder afresh on each request so a test can swap in a new
// build ("deploy a new version") under an open page.
import { startStaticHost, type StaticHost } from '../../../scripts/lib/static-host';

export type StaticServer = StaticHost;

export const startStaticServer = (directory: string): Promise<StaticServer> => startStaticHost(directory, { watch: true });
