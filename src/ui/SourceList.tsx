// Shows where a fact came from and when a person last checked it.
import { useTranslation } from 'react-i18next';
import type { Source } from '../core/model';
import { intlLocaleOf } from '../i18n/languages';

export function SourceList({ sources, lastChecked }: { sources: Source[]; lastChecked: string }) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(intlLocaleOf(i18n.language), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${lastChecked}T00:00:00Z`),
  );
  return (
    <details className="sources">
      <summary>{t('levels.source')}</summary>
      <ul>
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} rel="noreferrer">
              {source.title}
            </a>{' '}
            <span className="sources__host">({new URL(source.url).host})</span>
          </li>
        ))}
      </ul>
      <p>{t('levels.checked', { date })}</p>
    </details>
  );
}
