// npm run i18n:check [-- --lang xx] — every shipped language (or just xx, shipped or not yet) has
// every English interface string.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { LANGUAGES } from '../src/i18n/languages.ts';
import { compareLocale } from './lib/compare-locales.ts';

const localesDirectory = new URL('../locales/', import.meta.url);
const readJson = (path: URL) => JSON.parse(readFileSync(path, 'utf8'));
const namespaces = readdirSync(new URL('en/', localesDirectory)).filter((file) => file.endsWith('.json'));

const { values } = parseArgs({ options: { lang: { type: 'string', multiple: true } } });
const codes = values.lang ?? LANGUAGES.map((entry) => entry.code).filter((code) => code !== 'en');

let problemCount = 0;
for (const language of codes.map((code) => ({ code }))) {
  for (const namespace of namespaces) {
    const file = new URL(`${language.code}/${namespace}`, localesDirectory);
    const problems = existsSync(file)
      ? compareLocale(readJson(new URL(`en/${namespace}`, localesDirectory)), readJson(file), language.code)
      : [{ key: '(file)', message: 'is missing' }];
    for (const problem of problems) {
      console.error(`locales/${language.code}/${namespace}: "${problem.key}" ${problem.message}`);
    }
    problemCount += problems.length;
  }
}

if (problemCount > 0) {
  console.error(`i18n:check found ${problemCount} problem(s).`);
  process.exit(1);
}
console.log(`i18n:check passed: ${codes.length + 1} languages, ${namespaces.length} namespace(s), every key present.`);
