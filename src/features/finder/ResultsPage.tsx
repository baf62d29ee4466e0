// The engine's next steps for the answers given, grouped as an adviser would talk them through.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/router';
import { rankNextSteps, STEP_GROUPS } from '../../core/match';
import type { Catalogue, Profile } from '../../core/model';
import { CatalogueGate } from '../../ui/CatalogueGate';
import { Page } from '../../ui/Page';
import { finderPath, paths } from '../../ui/paths';
import { useAnswers } from '../../ui/answers-store';
import { useToday } from '../../ui/today';
import { StepCard } from './StepCard';

function Results({ profile, catalogue }: { profile: Profile; catalogue: Catalogue }) {
  const { t } = useTranslation();
  const today = useToday();
  const steps = useMemo(() => rankNextSteps(profile, catalogue, { today }), [profile, catalogue, today]);
  if (steps.length === 0) return <p>{t('finder.results.none')}</p>;
  return (
    <>
      {STEP_GROUPS.map((group) => {
        const inGroup = steps.filter((step) => step.group === group);
        if (inGroup.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`group-${group}`}>
            <h2 id={`group-${group}`}>{t(`engine.group.${group}`)}</h2>
            <ul className="step-list">
              {inGroup.map((step) => (
                <StepCard key={step.id} step={step} catalogue={catalogue} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

export function ResultsPage() {
  const { t } = useTranslation();
  const { answers, damaged } = useAnswers();
  const { age } = answers;
  const profile = useMemo(() => (age === undefined ? undefined : ({ ...answers, age } as Profile)), [answers, age]);
  return (
    <Page title={t('finder.results.title')}>
      {damaged && (
        <p className="notice" role="status">
          {t('finder.results.savedProblem')}
        </p>
      )}
      {!profile ? (
        <>
          <p>{t('finder.results.notStarted')}</p>
          <p>
            <Link className="button" to={finderPath('age')}>
              {t('finder.results.startLink')}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="lead">{t('finder.results.intro')}</p>
          <p>
            <Link to={paths.find}>{t('finder.results.change')}</Link>
          </p>
          <p>
            <Link to={paths.plan}>{t('finder.results.toPlan')}</Link>
          </p>
          <CatalogueGate>{(catalogue) => <Results profile={profile} catalogue={catalogue} />}</CatalogueGate>
        </>
      )}
    </Page>
  );
}
