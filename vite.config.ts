/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { catalogueData } from './scripts/vite-plugin-catalogue.ts';
import { hostHeaders } from './scripts/vite-plugin-host-headers.ts';
import { prerender } from './scripts/vite-plugin-prerender.ts';
import { searchIndexes } from './scripts/vite-plugin-search.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** A build id people can read out to support staff; tests set it to tell two builds apart. */
function buildId(): string {
  if (process.env.CARE_ROUTES_BUILD_ID) return process.env.CARE_ROUTES_BUILD_ID;
  try {
    return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return 'local';
  }
}

/** Where the catalogue is read from; tests build from a copy with imported offers in it. */
const dataDirectory = process.env.CARE_ROUTES_DATA_DIR ?? 'data';

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(`${version}+${buildId()}`),
  },
  build: {
    outDir: process.env.CARE_ROUTES_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    // Read by the budget checks (scripts/lib/budgets.ts) to find the chunks each page needs.
    manifest: true,
    // Tests that deploy a "new version" set this, so none of the old version's file names survive,
    // as after a real change to the code.
    ...(process.env.CARE_ROUTES_RENAME_ASSETS
      ? {
          rolldownOptions: {
            output: {
              entryFileNames: `assets/[name]-[hash]-${process.env.CARE_ROUTES_RENAME_ASSETS}.js`,
              chunkFileNames: `assets/[name]-[hash]-${process.env.CARE_ROUTES_RENAME_ASSETS}.js`,
              assetFileNames: `assets/[name]-[hash]-${process.env.CARE_ROUTES_RENAME_ASSETS}[extname]`,
            },
          },
        }
      : {}),
  },
  plugins: [
    catalogueData(dataDirectory),
    searchIndexes(dataDirectory, 'locales'),
    react(),
    prerender({ data: dataDirectory, locales: 'locales' }),
    hostHeaders(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'robots.txt', 'icons/*.png'],
      manifest: {
        name: 'Care Routes',
        short_name: 'Care Routes',
        description: 'Find your way into and up through jobs in health and social care in England.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#005eb8',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      // Our own service worker (src/pwa/sw.ts), so it can refuse to cache a page in place of a file.
      strategies: 'injectManifest',
      srcDir: 'src/pwa',
      filename: 'sw.ts',
      injectManifest: {
        // The app and its data, not the thousands of pre-rendered pages: offline, every address
        // gets the shell and the app renders the page.
        globPatterns: ['assets/**/*.{js,css}', 'shell.html', '*.{svg,webmanifest,txt}', 'icons/*.png'],
      },
    }),
  ],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**'],
          setupFiles: ['tests/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
