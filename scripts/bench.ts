// npm run bench [-- --json] — speed figures, printed, never pass/fail. Writes .cache/bench.json.
// Engine: time to rank one profile over 10,000 random profiles on the full catalogue.
// Search: time per query over a set of realistic queries (typos, names people use, Arabic and other
// languages) on the whole multilingual index, and MiniSearch on the same records in the same run.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { rankNextSteps } from '../src/core/match/index.ts';
import { createSearcher, normaliseForSearch, type SerialisedSearchIndex } from '../src/core/search/index.ts';
import { loadCatalogue } from './lib/load-catalogue.ts';
import { profileArbitrary } from './lib/profile-arbitrary.ts';
import { LANGUAGES } from '../src/i18n/languages.ts';
import { buildLanguageSearchIndex } from './vite-plugin-search.ts';
import { BUDGETS, measureBudgets } from './lib/budgets.ts';
import { lighthouseFigures, offlineRepeatFcpMs } from './lib/page-speed.ts';
import { startStaticHost } from './lib/static-host.ts';

const PROFILES = 10_000;
const WARM_UP = 500;

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

const { catalogue } = loadCatalogue(fileURLToPath(new URL('../data', import.meta.url)));
const profiles = fc.sample(profileArbitrary(catalogue), { numRuns: PROFILES + WARM_UP, seed: 20261123 });
const options = { today: '2026-11-23' };

for (const profile of profiles.slice(0, WARM_UP)) rankNextSteps(profile, catalogue, options);
const timings = profiles.slice(WARM_UP).map((profile) => {
  const start = performance.now();
  rankNextSteps(profile, catalogue, options);
  return performance.now() - start;
});
timings.sort((a, b) => a - b);

const round = (ms: number) => Math.round(ms * 1000) / 1000;

// ---- Search -------------------------------------------------------------------------------------

/** Queries people type: job names, names people use, acronyms, several words, places, schemes. */
const TYPED_QUERIES = [
  'nurse', 'carer', 'care worker', 'care assistant', 'HCA', 'healthcare assistant', 'support worker', 'porter', 'OT', 'physio',
  'RMN', 'CNA', 'auxiliary', 'nursing auxiliary', 'midwife', 'paramedic', 'doctor', 'GP', 'dentist', 'dental nurse',
  'pharmacist', 'pharmacy', 'social worker', 'social work', 'occupational therapist', 'physiotherapist', 'radiographer',
  'x-ray', 'sonographer', 'ultrasound', 'dietitian', 'dietician', 'podiatrist', 'chiropodist', 'speech therapist', 'SALT',
  'psychologist', 'mental health', 'mental health nurse', 'psychiatric nurse', 'learning disability', 'autism',
  "children's nurse", 'paediatric nurse', 'district nurse', 'health visitor', 'matron', 'ward manager', 'ward sister',
  'nursing associate', 'assistant practitioner', 'senior carer', 'senior care worker', 'team leader', 'deputy manager',
  'registered manager', 'care home manager', 'home care', 'domiciliary care', 'live-in carer', 'personal assistant',
  'reablement', 'shared lives', 'activities coordinator', 'cook', 'chef', 'kitchen porter', 'cleaner', 'domestic',
  'housekeeper', 'laundry', 'maintenance', 'security guard', 'receptionist', 'medical receptionist', 'admin',
  'medical secretary', 'ward clerk', 'medical records', 'clinical coder', 'data analyst', 'IT support', 'finance',
  'payroll', 'HR', 'recruitment', 'phlebotomist', 'blood taker', 'lab assistant', 'biomedical scientist',
  'healthcare science', 'sterile services', 'theatre', 'ODP', 'operating department practitioner', 'ambulance',
  'ambulance technician', 'emergency care assistant', '999 call handler', 'NHS 111', 'mortuary', 'peer support',
  'advocate', 'social prescribing', 'link worker', 'trainer', 'assessor', 'NVQ assessor', 'advanced nurse practitioner',
  'physician associate', 'AMHP', 'best interests assessor', 'care certificate', 'level 2 diploma in care',
  'level 3 diploma adult care', 'T level health', 'access to higher education', 'nursing degree', 'ESOL',
  'functional skills maths', 'english course', 'apprenticeship', 'nursing apprenticeship', 'healthcare support worker apprenticeship',
  'degree apprenticeship', 'ST0005', 'NMC register', 'nurse trained abroad', 'HCPC', 'overseas nurse', 'qualified abroad',
  'refugee', 'refugee doctor', 'Building Bridges', 'Step into Health', 'Skills Bootcamps', 'free courses for jobs',
  'Access to Work', 'Connect to Work', 'sector-based work academy', 'SWAP', 'learning support fund', 'care leaver bursary',
  'advanced learner loan', "carer's allowance", 'Barnet', 'Hackney', 'Tower Hamlets', 'Lancashire', 'Leicester',
  'Camden', 'job shop', 'care academy', 'Blackpool', 'registered nurse adult', 'band 5 nurse',
  'support worker learning disability and autism', 'nurse mental health', 'apprenticeship level 2 care',
  'how to become a nurse', 'part time care job', 'jobs in a hospital', 'working with older people',
];

/** Typos people make, on the names above and on role titles. */
const TYPO_QUERIES = [
  'helthcare', 'midwfe', 'physiotheripist', 'nurce', 'nures', 'carre worker', 'care wroker', 'phisio', 'fysio',
  'ocupational therapist', 'occupational theraprist', 'paramedik', 'pharmasist', 'farmacist', 'docter', 'dentis',
  'dietition', 'podiatrest', 'sycologist', 'psycologist', 'radiografer', 'sonografer', 'phlebotimist', 'flebotomist',
  'recepsionist', 'secetary', 'potter', 'portter', 'cleenr', 'maintainance', 'securty', 'reablment', 'domicilary',
  'midwive', 'mid wife', 'health visiter', 'social wroker', 'socail worker', 'suport worker', 'supprt worker',
  'mental helth', 'learnig disability', 'nursing asociate', 'asistant practitioner', 'senoir carer', 'team leeder',
  'registerd manager', 'apprentiship', 'aprenticeship', 'qualifcation', 'certifcate', 'care certficate', 'diplomma',
  'ambulence', 'emergancy', 'chiropodest', 'speach therapist', 'theatre suport', 'sterile servces', 'mortury',
  'councellor', 'advocat', 'coordinater', 'activites', 'kitchin porter', 'laundary', 'housekeper', 'payrol',
  'recruitmant', 'analist', 'biomedical scienist', 'orthoptest', 'prosthetics', 'healthcare sciance', 'bootcamp',
];

/** Arabic (with and without tashkeel, alef and teh marbuta variants) and other languages spoken in England. */
const OTHER_LANGUAGE_QUERIES = [
  'ممرض', 'ممرضة', 'مُمَرِّضَة', 'ممرضه', 'ممرض مسجل', 'قابلة', 'قابله', 'مولدة', 'عامل رعاية', 'عاملة رعاية', 'مقدم رعاية',
  'مساعد رعاية صحية', 'مساعد تمريض', 'أخصائي علاج طبيعي', 'اخصائي علاج طبيعي', 'إخصائي علاج طبيعي', 'معالج فيزيائي',
  'أخصائي علاج وظيفي', 'طبيب', 'طبيبة', 'دكتور', 'طبيب أسنان', 'صيدلي', 'صيدلانية', 'مسعف', 'أخصائي اجتماعي',
  'اخصائي اجتماعي', 'ممرض صحة نفسية', 'ممرض نفسي', 'عامل نظافة', 'حمال', 'حمّال', 'طباخ', 'موظف استقبال', 'سكرتيرة طبية',
  'أخصائي تغذية', 'فني أشعة', 'فني صيدلة', 'عامل دعم', 'عامل رعاية منزلية', 'مساعد صيدلية', 'ممرض أطفال', 'رئيسة التمريض',
  'اخصائی علاج طبیعی', 'ممرضـــة', 'عامل رعايه', 'مدير دار رعاية', 'محلل بيانات',
  'pielęgniarka', 'opiekun', 'opiekunka', 'asystent medyczny', 'fizjoterapeuta', 'położna', 'lekarz', 'asistentă medicală',
  'îngrijitor', 'moașă', 'enfermera', 'enfermeira', 'cuidador', 'infirmière', 'sage-femme', 'hemşire', 'bakıcı',
  'нарс', 'नर्स', 'নার্স', 'نرس', 'ڈاکٹر', 'پرستار', 'kalkaaliye', 'medic', 'asistent social',
];

const SEARCH_QUERIES = [...TYPED_QUERIES, ...TYPO_QUERIES, ...OTHER_LANGUAGE_QUERIES];
const SEARCH_WARM_UP_ROUNDS = 2;
const SEARCH_ROUNDS = 9;
const SEARCH_LIMIT = 10;

/** MiniSearch over the same records: a record's titles in one field, its other names in another. */
function miniSearchOver(index: SerialisedSearchIndex): (query: string) => unknown[] {
  const titles = index.documents.map(() => [] as string[]);
  const names = index.documents.map(() => [] as string[]);
  for (const record of index.fuse.records) {
    const code = index.entries[record.i] ?? 0;
    (code & 1 ? names : titles)[code >> 1]?.push(record.v);
  }
  const miniSearch = new MiniSearch<{ id: number; titles: string; names: string }>({
    fields: ['titles', 'names'],
    searchOptions: { boost: { titles: 2 }, fuzzy: 0.2, prefix: true },
  });
  miniSearch.addAll(index.documents.map((_, id) => ({ id, titles: (titles[id] ?? []).join(' \n '), names: (names[id] ?? []).join(' \n ') })));
  return (query) => {
    const folded = normaliseForSearch(query);
    return folded ? miniSearch.search(folded).slice(0, SEARCH_LIMIT) : [];
  };
}

/** Median time per query for each engine, timed in the same rounds so both see the same conditions. */
function timeQueries(engines: Record<string, (query: string) => unknown>): Record<string, number[]> {
  const samples = Object.fromEntries(Object.keys(engines).map((name) => [name, SEARCH_QUERIES.map(() => [] as number[])]));
  for (let round = 0; round < SEARCH_WARM_UP_ROUNDS + SEARCH_ROUNDS; round += 1) {
    for (const [name, engine] of Object.entries(engines)) {
      SEARCH_QUERIES.forEach((query, index) => {
        const start = performance.now();
        engine(query);
        const elapsed = performance.now() - start;
        if (round >= SEARCH_WARM_UP_ROUNDS) samples[name]?.[index]?.push(elapsed);
      });
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, perQuery]) => [name, perQuery.map((times) => percentile(times.sort((a, b) => a - b), 0.5)).sort((a, b) => a - b)]),
  );
}

const multilingual = buildLanguageSearchIndex('all', {
  data: fileURLToPath(new URL('../data', import.meta.url)),
  locales: fileURLToPath(new URL('../locales', import.meta.url)),
});
if (multilingual.problems.length > 0) throw new Error(multilingual.problems.join('\n'));
const narrowedSearch = createSearcher(multilingual.index);
const fuseOnlySearch = createSearcher(multilingual.index, { narrow: false });
const miniSearch = miniSearchOver(multilingual.index);
const searchTimings = timeQueries({
  narrowed: (query) => narrowedSearch(query, SEARCH_LIMIT),
  fuseOnly: (query) => fuseOnlySearch(query, SEARCH_LIMIT),
  miniSearch,
});
const [fuseTimes, fuseOnlyTimes, miniTimes] = [searchTimings.narrowed ?? [], searchTimings.fuseOnly ?? [], searchTimings.miniSearch ?? []];

// What a phone really searches: the index of its language (English and that language's titles).
const directories = { data: fileURLToPath(new URL('../data', import.meta.url)), locales: fileURLToPath(new URL('../locales', import.meta.url)) };
const perLanguageP95Ms = Object.fromEntries(
  LANGUAGES.map(({ code }) => {
    const search = createSearcher(buildLanguageSearchIndex(code, directories).index);
    const times = timeQueries({ narrowed: (query) => search(query, SEARCH_LIMIT) }).narrowed ?? [];
    return [code, round(percentile(times, 0.95))];
  }),
);

// Sizes of the production build, built first if there is none.
const dist = fileURLToPath(new URL('../dist', import.meta.url));
if (!existsSync(`${dist}/.vite/manifest.json`)) execSync('npx vite build --logLevel warn', { stdio: ['ignore', 'ignore', 'inherit'] });
const sizes = measureBudgets(dist);

// Pages as a phone loads them: Lighthouse on the production build, served with gzip.
const MEASURED_PAGES = [
  { page: 'home', path: '/' },
  { page: 'role', path: '/roles/care-worker' },
  { page: 'explore', path: '/explore' },
  { page: 'results', path: '/find/results' },
];
const served = await startStaticHost(dist);
const lighthouse = await lighthouseFigures(
  served.origin,
  ['en', 'ar'].flatMap((lang) => MEASURED_PAGES.map(({ page, path }) => ({ page, lang, path: lang === 'en' ? path : `/${lang}${path === '/' ? '' : path}` }))),
);
const offlineRepeatFcp = await offlineRepeatFcpMs(served.origin, '/');
await served.close();

const results = {
  lighthouse,
  offlineRepeatFcpMs: offlineRepeatFcp,
  targets: { performance: 100, lcpMs: 1200, tbtMs: 50, cls: 0, offlineRepeatFcpMs: 300 },
  budgets: { ...sizes, limits: BUDGETS },
  match: {
    profiles: PROFILES,
    roles: catalogue.roles.length,
    p50Ms: round(percentile(timings, 0.5)),
    p95Ms: round(percentile(timings, 0.95)),
    maxMs: round(timings.at(-1) ?? 0),
    targetP95Ms: 2,
  },
  search: {
    queries: SEARCH_QUERIES.length,
    documents: multilingual.index.documents.length,
    texts: multilingual.index.entries.length,
    p50Ms: round(percentile(fuseTimes, 0.5)),
    p95Ms: round(percentile(fuseTimes, 0.95)),
    minisearchP50Ms: round(percentile(miniTimes, 0.5)),
    minisearchP95Ms: round(percentile(miniTimes, 0.95)),
    ratioP95: Math.round((percentile(fuseTimes, 0.95) / Math.max(1e-6, percentile(miniTimes, 0.95))) * 100) / 100,
    /** fuse.js over every text, without the bigram narrowing, for comparison. */
    fuseOnlyP50Ms: round(percentile(fuseOnlyTimes, 0.5)),
    fuseOnlyP95Ms: round(percentile(fuseOnlyTimes, 0.95)),
    /** p95 on each language's own index, which is what the app loads. */
    perLanguageP95Ms,
    targetP95Ms: 5,
  },
};

const outFile = fileURLToPath(new URL('../.cache/bench.json', import.meta.url));
mkdirSync(fileURLToPath(new URL('../.cache/', import.meta.url)), { recursive: true });
writeFileSync(outFile, JSON.stringify(results, null, 2));

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  console.log('Lighthouse, mobile preset (simulated slow 4G, 4x slower CPU), median of 3 runs');
  console.log('  page      lang  perf  a11y  best  LCP ms  TBT ms  CLS    bytes');
  for (const row of lighthouse) {
    console.log(`  ${row.page.padEnd(9)} ${row.lang.padEnd(5)} ${String(row.performance).padStart(4)}  ${String(row.accessibility).padStart(4)}  ${String(row.bestPractices).padStart(4)}  ${String(row.lcpMs).padStart(6)}  ${String(row.tbtMs).padStart(6)}  ${row.cls.toFixed(3)}  ${kb(row.totalBytes).padStart(8)}`);
  }
  console.log(`  targets: performance 100, LCP ≤ 1200 ms, TBT < 50 ms, CLS 0`);
  console.log(`Warm repeat visit with the network off: first contentful paint ${offlineRepeatFcp} ms (target under 300 ms)`);
  console.log('Build sizes (gzip -9; limits from issue 8)');
  console.log(`  home page JavaScript, heaviest language  ${kb(sizes.homeJsGzipBytes)}   (limit ${kb(BUDGETS.homeJsGzipBytes)}: ${sizes.homeJsGzipBytes <= BUDGETS.homeJsGzipBytes ? 'met' : 'NOT met'})`);
  console.log(`  CSS                                      ${kb(sizes.cssGzipBytes)}   (limit ${kb(BUDGETS.cssGzipBytes)})`);
  console.log(`  catalogue + search, heaviest language    ${kb(sizes.catalogueGzipBytesMax)}   (limit ${kb(BUDGETS.catalogueGzipBytesMax)})`);
  console.log(`  precache, ${sizes.precacheFiles} files                     ${kb(sizes.precacheBytes)} to download, ${kb(sizes.precacheRawBytes)} stored   (limit ${kb(BUDGETS.precacheBytes)})`);
  const { match } = results;
  console.log(`Next-steps engine (${match.profiles.toLocaleString('en-GB')} random profiles, ${match.roles} roles)`);
  console.log(`  median  ${match.p50Ms.toFixed(3)} ms`);
  console.log(`  p95     ${match.p95Ms.toFixed(3)} ms   (target under ${match.targetP95Ms} ms: ${match.p95Ms < match.targetP95Ms ? 'met' : 'NOT met'})`);
  console.log(`  max     ${match.maxMs.toFixed(3)} ms`);
  const { search } = results;
  console.log(`Search (${search.queries} queries, whole multilingual index: ${search.documents} records, ${search.texts} texts; median of ${SEARCH_ROUNDS} runs per query)`);
  console.log(`  fuse.js, narrowed  median ${search.p50Ms.toFixed(3)} ms   p95 ${search.p95Ms.toFixed(3)} ms   (target under ${search.targetP95Ms} ms: ${search.p95Ms < search.targetP95Ms ? 'met' : 'NOT met'})`);
  console.log(`  fuse.js alone      median ${search.fuseOnlyP50Ms.toFixed(3)} ms   p95 ${search.fuseOnlyP95Ms.toFixed(3)} ms`);
  console.log(`  MiniSearch         median ${search.minisearchP50Ms.toFixed(3)} ms   p95 ${search.minisearchP95Ms.toFixed(3)} ms`);
  console.log(`  p95 ratio, fuse.js narrowed / MiniSearch: ${search.ratioP95}`);
  const slowest = Math.max(...Object.values(search.perLanguageP95Ms));
  console.log(`  each language's own index (what the app loads), fuse.js narrowed p95: ${Object.entries(search.perLanguageP95Ms).map(([code, ms]) => `${code} ${ms.toFixed(2)}`).join(', ')} ms`);
  console.log(`  slowest language p95 ${slowest.toFixed(3)} ms (target under ${search.targetP95Ms} ms: ${slowest < search.targetP95Ms ? 'met' : 'NOT met'})`);
  console.log(`Figures written to ${outFile}`);
}
