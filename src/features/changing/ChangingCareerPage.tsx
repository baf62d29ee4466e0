// For people coming from other work: the skills each kind of job gives you, the health and care
// jobs that use them, and a way straight into the questions about your past work.
import { useTranslation } from 'react-i18next';
import { useNavigate } from '../../ui/router';
import { rolesByIds } from '../../core/content';
import type { Catalogue } from '../../core/model';
import { CatalogueGate } from '../../ui/CatalogueGate';
import { Page } from '../../ui/Page';
import { RoleLinks } from '../../ui/RoleLinks';
import { finderPath } from '../../ui/paths';
import { useAnswers } from '../../ui/answers-store';
import { useFormatters } from '../../ui/use-formatters';

function Families({ catalogue }: { catalogue: Catalogue }) {
  const { t } = useTranslation();
  const { list } = useFormatters();
  return (
    <>
      {catalogue.careerChangers.map((family) => (
        <section key={family.id} aria-labelledby={`family-${family.id}`} className="card">
          <h3 id={`family-${family.id}`} className="option-label">{t(`vocab.work.${family.id}`)}</h3>
          <p>{t('changing.skills', { skills: list(family.skills.map((skill) => t(`vocab.skill.${skill}`))) })}</p>
          <p>{t('changing.roles')}</p>
          <RoleLinks roles={rolesByIds(catalogue, family.roles)} />
        </section>
      ))}
    </>
  );
}

export function ChangingCareerPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { answers } = useAnswers();
  return (
    <Page title={t('home.entries.changing.title')}>
      <p className="lead">{t('changing.intro')}</p>
      <p>{t('changing.notJustEntry')}</p>
      <p>
        <button type="button" className="button" onClick={() => navigate(finderPath(answers.age === undefined ? 'age' : 'previous-work'))}>
          {t('changing.start')}
        </button>
      </p>
      <h2>{t('changing.familiesTitle')}</h2>
      <CatalogueGate>{(catalogue) => <Families catalogue={catalogue} />}</CatalogueGate>
    </Page>
  );
}
