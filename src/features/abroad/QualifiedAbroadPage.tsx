// For people who trained abroad: how registration works, the route for each profession, the work
// they can do meanwhile, and a way straight into the questions that matter to them.
import { useTranslation } from 'react-i18next';
import { useContentLang } from '../../ui/catalogue-view';
import { Link, useNavigate } from '../../ui/router';
import { rolesByIds } from '../../core/content';
import type { Catalogue } from '../../core/model';
import { REGULATORS } from '../../core/model/vocab';
import { useAnswers } from '../../ui/answers-store';
import { CatalogueGate } from '../../ui/CatalogueGate';
import { Page } from '../../ui/Page';
import { RecordLinks } from '../../ui/RecordLinks';
import { finderPath, registrationPath, rolePath } from '../../ui/paths';

function RoutesByRegulator({ catalogue }: { catalogue: Catalogue }) {
  const langOf = useContentLang();
  const { t } = useTranslation();
  return (
    <>
      {REGULATORS.map((regulator) => {
        const routes = catalogue.registration.filter((route) => route.regulator === regulator);
        if (routes.length === 0) return null;
        return (
          <section key={regulator} aria-labelledby={`regulator-${regulator}`}>
            <h3 id={`regulator-${regulator}`}>{t(`vocab.regulator.${regulator}`)}</h3>
            <ul className="link-list">
              {routes.map((route) => (
                <li key={route.id}>
                  <Link to={registrationPath(route.id)} {...langOf('registration', route.id, 'title')}>
                    {route.title}
                  </Link>
                  <p className="hint">
                    {t('abroad.meanwhile')}{' '}
                    {rolesByIds(catalogue, route.workMeanwhile).map((role, index) => (
                      <span key={role.id}>
                        {index > 0 && ', '}
                        <Link to={rolePath(role.id)} {...langOf('roles', role.id, 'title')}>
                          {role.title}
                        </Link>
                      </span>
                    ))}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}


export function QualifiedAbroadPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { answers, setAnswer } = useAnswers();
  const start = () => {
    setAnswer('qualifiedAbroad', true);
    navigate(finderPath(answers.age === undefined ? 'age' : 'profession'));
  };
  return (
    <Page title={t('home.entries.abroad.title')}>
      <p className="lead">{t('abroad.intro')}</p>
      <h2>{t('abroad.howTitle')}</h2>
      <ol>
        <li>{t('abroad.how.regulated')}</li>
        <li>{t('abroad.how.register')}</li>
        <li>{t('abroad.how.english')}</li>
        <li>{t('abroad.how.meanwhile')}</li>
        <li>{t('abroad.how.enic')}</li>
      </ol>
      <p>
        <button type="button" className="button" onClick={start}>
          {t('abroad.start')}
        </button>
      </p>
      <CatalogueGate>
        {(catalogue) => (
          <>
            <h2>{t('abroad.routesTitle')}</h2>
            <RoutesByRegulator catalogue={catalogue} />
            <h2>{t('abroad.refugeeTitle')}</h2>
            <p>{t('abroad.refugeeIntro')}</p>
            <RecordLinks kind="programme" records={catalogue.programmes.filter((programme) => programme.eligibility.priorityGroups.includes('refugee'))} />
          </>
        )}
      </CatalogueGate>
    </Page>
  );
}
