// On a job's page: local offers in the person's area that help towards this job, or a way to
// choose an area. Drawn after the page is taken over, since the area lives on the person's device.
import { useTranslation } from 'react-i18next';
import { currentOffersForRole, findArea } from '../../core/content';
import type { Catalogue, Role } from '../../core/model';
import { useChosenArea } from '../../ui/chosen-area';
import { OfferCard } from '../../ui/OfferCard';
import { areaPath, paths } from '../../ui/paths';
import { Link } from '../../ui/router';
import { useToday } from '../../ui/today';

export function RoleNearYou({ role, catalogue }: { role: Role; catalogue: Catalogue }) {
  const { t } = useTranslation();
  const today = useToday();
  const [chosenArea] = useChosenArea();
  const area = chosenArea ? findArea(catalogue, chosenArea) : undefined;
  if (!area) {
    return (
      <>
        <h2>{t('nearYou.forRoleTitle')}</h2>
        <p>
          <Link to={paths.nearYou}>{t('nearYou.findLocal')}</Link>
        </p>
      </>
    );
  }
  const offers = currentOffersForRole(area, role.id, today);
  return (
    <>
      <h2>{t('nearYou.forRoleTitle')}</h2>
      <p>{offers.length > 0 ? t('nearYou.forRole', { area: area.name }) : t('nearYou.forRoleNone', { area: area.name })}</p>
      {offers.length > 0 && (
        <ul className="offer-list">
          {offers.map((offer) => (
            <OfferCard key={offer.id} offer={offer} areaId={area.id} catalogue={catalogue} />
          ))}
        </ul>
      )}
      <ul className="link-list">
        <li>
          <Link to={areaPath(area.id)}>{t('nearYou.seeAll', { area: area.name })}</Link>
        </li>
        <li>
          <Link to={paths.nearYou}>{t('nearYou.changeArea')}</Link>
        </li>
      </ul>
    </>
  );
}
