/// <reference types="vite/client" />

declare const __APP_VERSION__: string;

declare module 'virtual:catalogue' {
  import type { Catalogue } from './core/model';
  const catalogue: Catalogue;
  export default catalogue;
}

/** One loader per shipped language, each importing `virtual:search/<lang>`. */
declare module 'virtual:search' {
  import type { SerialisedSearchIndex } from './core/search';
  export const searchIndexLoaders: Readonly<Record<string, () => Promise<{ default: SerialisedSearchIndex }>>>;
}

/** The search index for one language, built at build time (scripts/vite-plugin-search.ts). */
declare module 'virtual:search/*' {
  import type { SerialisedSearchIndex } from './core/search';
  const index: SerialisedSearchIndex;
  export default index;
}
