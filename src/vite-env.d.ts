/// <reference types="vite/client" />

declare const __APP_VERSION__: string;

declare module 'virtual:catalogue' {
  import type { Catalogue } from './core/model';
  const catalogue: Catalogue;
  export default catalogue;
}
