// Search results: roles, training, registration routes, programmes and local offers, best first.
// Each language has its own index; English words always match too, so "nurse" works in any language.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from '../../ui/router';
import { loadSearch, type Searcher, type SearchResult } from '../../content/search';
import { areaOfOffer } from '../../core/content';
import type { Catalogue } from '../../core/model';
import { CatalogueGate } from '../../ui/CatalogueGate';
import { englishContent } from '../../ui/english-content';
import { Page } from '../../ui/Page';
import { offerPath, paths, recordPath, rolePath } from '../../ui/paths';

type SearchState = { status: 'loading' } | { status: 'ready'; search: Searcher } | { status: 'error' };

function useSearcher(language: string): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'loading' });
  useEffect(() => {
    let active = true;
    loadSearch(language).then(
      (search) => active && setState({ status: 'ready', search }),
      () => active && setState({ status: 'error' }),
    );
    return () => {
      active = false;
    };
  }, [language]);
  return state;
}

function ResultLink({ result, catalogue }: { result: SearchResult; catalogue: Catalogue }) {
  const title = (
    <>
      {result.translatedTitle && <span>{result.translatedTitle} </span>}
      <span {...englishContent} className={result.translatedTitle ? 'english-title' : undefined}>
        {result.title}
      </span>
    </>
  );
  if (result.kind === 'offer') {
    const area = areaOfOffer(catalogue, result.id);
    return area ? <Link to={offerPath(area.id, result.id)}>{title}</Link> : title;
  }
  return <Link to={result.kind === 'role' ? rolePath(result.id) : recordPath(result.kind, result.id)}>{title}</Link>;
}

function Results({ query, search, catalogue }: { query: string; search: Searcher; catalogue: Catalogue }) {
  const { t } = useTranslation();
  const results = search(query, 20);
  return (
    <>
      <p role="status">{t('search.found', { count: results.length, query })}</p>
      {results.length === 0 ? (
        <ul>
          <li>{t('search.tipSpelling')}</li>
          <li>
            <Link to={paths.explore}>{t('search.tipExplore')}</Link>
          </li>
        </ul>
      ) : (
        <ol className="search-results">
          {results.map((result) => (
            <li key={`${result.kind}:${result.id}`}>
              <ResultLink result={result} catalogue={catalogue} />
              <span className="search-results__kind">{t(`search.kind.${result.kind}`)}</span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

export function SearchPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const searcher = useSearcher(i18n.language);
  return (
    <Page title={t('search.title')}>
      {!query && <p>{t('search.empty')}</p>}
      {query && searcher.status === 'loading' && <p>{t('app.loading')}</p>}
      {query && searcher.status === 'error' && <p className="notice">{t('search.loadError')}</p>}
      {query && searcher.status === 'ready' && <CatalogueGate>{(catalogue) => <Results query={query} search={searcher.search} catalogue={catalogue} />}</CatalogueGate>}
    </Page>
  );
}
