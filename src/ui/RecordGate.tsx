// Shows one catalogue record's page once the catalogue has loaded, or a kind "not found" page when
// the address names a record that does not exist (an old link, a typo).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from './router';
import type { Catalogue } from '../core/model';
import { CatalogueGate } from './CatalogueGate';
import { Page } from './Page';
import { paths } from './paths';

interface RecordGateProps<T> {
  find: (catalogue: Catalogue) => T | undefined;
  /** What a missing record's page says, and where it sends people (all jobs, unless told). */
  notFound: { title: string; body: string; back?: { to: string; label: string } };
  children: (record: T, catalogue: Catalogue) => ReactNode;
}

export function RecordGate<T>({ find, notFound, children }: RecordGateProps<T>) {
  const { t } = useTranslation();
  return (
    <CatalogueGate>
      {(catalogue) => {
        const record = find(catalogue);
        if (record) return children(record, catalogue);
        return (
          <Page title={notFound.title}>
            <p>{notFound.body}</p>
            <p>
              <Link to={notFound.back?.to ?? paths.explore}>{notFound.back?.label ?? t('role.allJobs')}</Link>
            </p>
          </Page>
        );
      }}
    </CatalogueGate>
  );
}
