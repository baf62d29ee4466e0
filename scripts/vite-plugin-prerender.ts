// Vite plugin: after the build is written, renders every page that is the same for everyone (home,
// explore, the pathway map, every role, apprenticeship, qualification, registration route and
// programme, the about pages) in every language to its own HTML file, so the first screen paints
// before any JavaScript runs. Pages that depend on the person (the questionnaire, results, search,
// compare and the plan) get the empty shell, which the app fills in.
//
// Every page links the one stylesheet (about 4 KB gzipped) and, first in its <head>, a tiny script
// that sends a person with a saved language to the page in that language
// (src/i18n/language-redirect.ts). Both are files, not inline, so the Content-Security-Policy needs
// no exceptions (docs/deploy.md).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import type { PrerenderedPage } from '../src/app/prerender.tsx';
import { localisePath, PREFIXED_LANGUAGES } from '../src/i18n/language-paths.ts';
import { preferredLanguageAddress, REDIRECT_KEYS } from '../src/i18n/language-redirect.ts';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../src/i18n/languages.ts';
import { apprenticeshipPath, areaPath, paths, programmePath, qualificationPath, registrationPath, rolePath } from '../src/ui/paths.ts';
import { today } from '../src/ui/today.ts';
import { loadCatalogue } from './lib/load-catalogue.ts';
import { readManifest, staticClosure } from './lib/vite-manifest.ts';
import { catalogueData } from './vite-plugin-catalogue.ts';
import { searchIndexes } from './vite-plugin-search.ts';

/** Pages that depend on the person or on the address's query: served as the shell, filled in by the app. */
const CLIENT_PAGES = [paths.find, paths.results, paths.search, paths.compare, paths.plan, paths.openPlan];
const STATIC_PAGES = [paths.home, paths.explore, paths.map, paths.nearYou, paths.levels, paths.qualifiedAbroad, paths.changingCareer, paths.advisers, paths.accessibility, paths.privacy];

/** Every page that is the same for everyone, without its language. */
export function prerenderedPaths(dataDirectory: string): string[] {
  const { catalogue } = loadCatalogue(dataDirectory);
  return [
    ...STATIC_PAGES,
    ...catalogue.roles.map((record) => rolePath(record.id)),
    ...catalogue.apprenticeships.map((record) => apprenticeshipPath(record.id)),
    ...catalogue.qualifications.map((record) => qualificationPath(record.id)),
    ...catalogue.registration.map((record) => registrationPath(record.id)),
    ...catalogue.programmes.map((record) => programmePath(record.id)),
    ...catalogue.areas.map((record) => areaPath(record.id)),
  ];
}

/** Where a page's file goes: / is index.html, /ar is ar/index.html, /ar/roles/nurse is ar/roles/nurse.html. */
function fileForPath(path: string): string {
  if (path === '/') return 'index.html';
  const isLanguageHome = LANGUAGES.some((language) => path === `/${language.code}`);
  return isLanguageHome ? `${path.slice(1)}/index.html` : `${path.slice(1)}.html`;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The language redirect as a file of its own, named by its content like Vite's assets, so hosts can cache it for a year. */
function redirectScript(): { file: string; text: string } {
  const text = `(function(){var to=(${preferredLanguageAddress.toString()})(window,${JSON.stringify(PREFIXED_LANGUAGES)},${JSON.stringify(REDIRECT_KEYS)});if(to)location.replace(to)})();\n`;
  const hash = createHash('sha256').update(text).digest('base64url').slice(0, 8);
  return { file: `assets/language-redirect-${hash}.js`, text };
}

interface PageParts {
  language: string;
  title: string;
  body: string;
  rootAttributes: string;
}

/** Fills the built index.html: language and direction, title, the redirect, the page. */
function pageFrom(template: string, redirect: string, parts: PageParts): string {
  const language = LANGUAGES.find((entry) => entry.code === parts.language);
  return template
    .replace(/<html lang="[^"]*" dir="[^"]*">/, `<html lang="${parts.language}" dir="${language?.dir ?? 'ltr'}">`)
    .replace('<meta charset="UTF-8" />', (charset) => `${charset}\n    <script src="/${redirect}"></script>`)
    .replace(/<title>[^<]*<\/title>/, `<title>${parts.title}</title>`)
    .replace('<div id="root"></div>', `<div id="root"${parts.rootAttributes}>${parts.body}</div>`);
}

/** <link rel="modulepreload"> for the app (src/app/start.tsx) and everything it imports. */
function appPreloads(outDir: string): string {
  const files = staticClosure(readManifest(outDir), ['src/app/start.tsx']);
  return [...files].map((file) => `  <link rel="modulepreload" crossorigin href="/${file}">`).join('\n');
}

export function prerender(directories: { data: string; locales: string }): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'care-routes-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        const outDir = resolve(config.root, config.build.outDir);
        const write = (file: string, html: string) => {
          mkdirSync(dirname(join(outDir, file)), { recursive: true });
          writeFileSync(join(outDir, file), html);
        };
        const template = readFileSync(join(outDir, 'index.html'), 'utf8');
        const redirect = redirectScript();
        write(redirect.file, redirect.text);

        const server = await createServer({
          root: config.root,
          configFile: false,
          logLevel: 'error',
          appType: 'custom',
          define: config.define,
          server: { middlewareMode: true, hmr: false, ws: false },
          // workbox-window ships CommonJS for Node; let Vite load its browser module instead.
          ssr: { noExternal: ['workbox-window'] },
          plugins: [catalogueData(directories.data), searchIndexes(directories.data, directories.locales)],
        });
        try {
          const { prerenderPage } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as {
            prerenderPage: (path: string, options?: { frameOnly: boolean }) => Promise<PrerenderedPage>;
          };

          // The shell: the service worker's answer to every navigation, in any language, so it is empty.
          // It starts the app at once, so it asks for all of the app's code up front, not one file at a time.
          const shellTemplate = template.replace('</head>', `${appPreloads(outDir)}\n  </head>`);
          write('shell.html', pageFrom(shellTemplate, redirect.file, { language: DEFAULT_LANGUAGE, title: 'Care Routes', body: '', rootAttributes: '' }));
          // Pages drawn from the person's own data: the frame in their language paints at once.
          for (const { code } of LANGUAGES) {
            for (const page of CLIENT_PAGES) {
              const path = localisePath(code, page);
              const frame = await prerenderPage(path, { frameOnly: true });
              write(fileForPath(path), pageFrom(shellTemplate, redirect.file, { language: code, title: frame.appName, body: frame.html, rootAttributes: '' }));
            }
          }

          const pages = prerenderedPaths(directories.data);
          // Pages render with this date (offers that have ended are left out); the app takes them over with it too.
          const builtOn = today();
          const started = performance.now();
          for (const { code } of LANGUAGES) {
            for (const page of pages) {
              const path = localisePath(code, page);
              const rendered = await prerenderPage(path);
              const title = rendered.heading && rendered.heading !== rendered.appName ? `${rendered.heading} – ${rendered.appName}` : rendered.appName;
              const rootAttributes = ` data-page="${escapeAttribute(path)}" data-built="${builtOn}"${rendered.usesCatalogue ? ' data-catalogue' : ''}`;
              write(fileForPath(path), pageFrom(template, redirect.file, { language: code, title, body: rendered.html, rootAttributes }));
            }
          }
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          config.logger.info(`Pre-rendered ${pages.length} pages in ${LANGUAGES.length} languages (${pages.length * LANGUAGES.length} files) in ${seconds} s`);
        } finally {
          await server.close();
        }
      },
    },
  };
}
