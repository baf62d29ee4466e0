// Shows where a fact came from and when a person last checked it.
import { useTranslation } from 'react-i18next';
import type { Source } from '../core/model';
import { ExternalLink } from './ExternalLink';
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
            <ExternalLink url={source.url}>
              {(host) => (
                <>
                  {source.title} <span className="sources__host">({host})</span>
                </>
              )}
            </ExternalLink>
          </li>
        ))}
      </ul>
      <p>{t('levels.checked', { date: date(lastChecked) })}</p>
    </details>
  );
}
