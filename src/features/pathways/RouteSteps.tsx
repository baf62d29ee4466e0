// The moves on one route, in order: each says where it goes, how long it usually takes, how people
// make it, and whether it crosses between the NHS and social care.
import { useTranslation } from 'react-i18next';
import { useContentLang } from '../../ui/catalogue-view';
import { Link } from '../../ui/router';
import type { RouteLeg, RouteUp } from '../../core/content';
import { rolePath } from '../../ui/paths';
import { useFormatters } from '../../ui/use-formatters';

function LegDetail({ leg }: { leg: RouteLeg }) {
  const { t } = useTranslation();
  const { duration, list } = useFormatters();
  return (
    <>
      {t('map.legDetail', { duration: duration(leg.edge.typicalTime), how: list(leg.edge.how.map((step) => t(`vocab.step.${step.kind}`))) })}
      {leg.crossesSectors && <strong className="tag">{t(leg.to.sectors.includes('nhs') ? 'map.crossesToNhs' : 'map.crossesToSocialCare')}</strong>}
    </>
  );
}

export function RouteSteps({ route }: { route: RouteUp }) {
  const langOf = useContentLang();
  const { t } = useTranslation();
  const [only] = route.legs;
  if (route.legs.length === 1 && only) {
    return (
      <p className="route-steps__how">
        <LegDetail leg={only} />
      </p>
    );
  }
  return (
    <ol className="route-steps" aria-label={t('map.movesCount', { count: route.legs.length })}>
      {route.legs.map((leg) => (
        <li key={leg.to.id}>
          <Link to={rolePath(leg.to.id)} {...langOf('roles', leg.to.id, 'title')}>
            {leg.to.title}
          </Link>{' '}
          <LegDetail leg={leg} />
        </li>
      ))}
    </ol>
  );
}
