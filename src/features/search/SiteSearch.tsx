// The one search box, in the header of every page. On the results page it updates the results as
// people type; elsewhere it takes them to the results page.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalisedPath, useNavigate, usePagePath, useSearchParams } from '../../ui/router';
import { paths, searchPath } from '../../ui/paths';

export function SiteSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const pathname = usePagePath();
  const action = useLocalisedPath(paths.search);
  const [params] = useSearchParams();
  const onResults = pathname === paths.search;
  const query = onResults ? (params.get('q') ?? '') : '';
  const [text, setText] = useState(query);
  // Follow the address when it changes from outside the box (a link, Back), not while typing.
  const [lastQuery, setLastQuery] = useState(query);
  if (onResults && query !== lastQuery) {
    setLastQuery(query);
    setText(query);
  }

  const change = (value: string) => {
    setText(value);
    if (!onResults) return;
    setLastQuery(value);
    navigate(searchPath(value), { replace: true, preventScrollReset: true });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(searchPath(text.trim()));
  };

  return (
    <form className="site-search" role="search" action={action} onSubmit={submit}>
      <label htmlFor="site-search-input">{t('search.label')}</label>
      <span className="site-search__row">
        <input id="site-search-input" className="input site-search__input" type="search" name="q" value={text} onChange={(event) => change(event.target.value)} autoComplete="off" enterKeyHint="search" />
        <button type="submit" className="button site-search__button">
          {t('search.button')}
        </button>
      </span>
    </form>
  );
}
