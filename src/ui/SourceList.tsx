// Shows where a fact came from and when a person last checked it.
import { useTranslation } from 'react-i18next';
import type { Source } from '../core/model';
import { useFormatters } from './use-formatters';

export function SourceList({ sources, lastChecked }: { sources: Source[]; lastChecked: string }) {
  const { t } = useTranslation();
  const { date } = useFormatters();
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
      <p>{t('levels.checked', { date: date(lastChecked) })}</p>
    </details>
  );
}
