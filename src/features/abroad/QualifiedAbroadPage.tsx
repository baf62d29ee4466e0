// For people who trained abroad: how registration works, the route for each profession, the work
// they can do meanwhile, and a way straight into the questions that matter to them.
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { REGULATORS, type Catalogue } from '../../core/model';
import { useAnswers } from '../../ui/answers-store';
import { CatalogueGate } from '../../ui/CatalogueGate';
import { englishContent } from '../../ui/english-content';
import { Page } from '../../ui/Page';
import { finderPath, programmePath, registrationPath, rolePath } from '../../ui/paths';

function RoutesByRegulator({ catalogue }: { catalogue: Catalogue }) {
  const { t } = useTranslation();
  const titleOf = (id: string) => catalogue.roles.find((role) => role.id === id)?.title ?? id;
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
                  <Link to={registrationPath(route.id)} {...englishContent}>
                    {route.title}
                  </Link>
                  <p className="hint">
                    {t('abroad.meanwhile')}{' '}
                    {route.workMeanwhile.map((id, index) => (
                      <span key={id}>
                        {index > 0 && ', '}
                        <Link to={rolePath(id)} {...englishContent}>
                          {titleOf(id)}
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

function RefugeeHelp({ catalogue }: { catalogue: Catalogue }) {
  const programmes = catalogue.programmes.filter((programme) => programme.eligibility.priorityGroups.includes('refugee'));
  return (
    <ul className="link-list">
      {programmes.map((programme) => (
        <li key={programme.id}>
          <Link to={programmePath(programme.id)} {...englishContent}>
            {programme.title}
          </Link>
        </li>
      ))}
    </ul>
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
            <RefugeeHelp catalogue={catalogue} />
          </>
        )}
      </CatalogueGate>
    </Page>
  );
}
