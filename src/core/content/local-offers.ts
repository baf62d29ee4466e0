// Local offers as residents see them: only those still running, and for one area, one job or one offer.
// The engine, the Near you pages, role pages and search all ask through here, so an offer that has
// ended disappears from every one of them on the same day.
import type { Area, Catalogue, LocalOffer } from '../model/index.ts';
import { OFFER_KINDS } from '../model/vocab.ts';

/** True until the day after an offer's end date; offers with no end date run on. `today` is YYYY-MM-DD. */
export function isCurrentOffer(offer: Pick<LocalOffer, 'endDate'>, today: string): boolean {
  return offer.endDate === null || offer.endDate >= today;
}

export function findArea(catalogue: Pick<Catalogue, 'areas'>, areaId: string): Area | undefined {
  return catalogue.areas.find((area) => area.id === areaId);
}

/** An area's offers that are still running, grouped by kind in a fixed order, verified ones first in each group. */
export function currentOffersByKind(area: Area, today: string): { kind: LocalOffer['kind']; offers: LocalOffer[] }[] {
  const current = area.offers.filter((offer) => isCurrentOffer(offer, today));
  return OFFER_KINDS.map((kind) => ({
    kind,
    offers: current.filter((offer) => offer.kind === kind).sort((a, b) => Number(b.status === 'verified') - Number(a.status === 'verified')),
  })).filter((group) => group.offers.length > 0);
}

/** An area's running offers that say they help towards a role. */
export function currentOffersForRole(area: Area, roleId: string, today: string): LocalOffer[] {
  return area.offers.filter((offer) => offer.roles.includes(roleId) && isCurrentOffer(offer, today));
}

/** The first area that lists an offer, for a link to it; several areas may share one offer. */
export function areaOfOffer(catalogue: Pick<Catalogue, 'areas'>, offerId: string): Area | undefined {
  return catalogue.areas.find((area) => area.offers.some((offer) => offer.id === offerId));
}

export function findOffer(catalogue: Pick<Catalogue, 'areas'>, offerId: string): LocalOffer | undefined {
  return areaOfOffer(catalogue, offerId)?.offers.find((offer) => offer.id === offerId);
}

/** The plan step for an offer in an area, such as "offer:barnet:boost-barnet". */
export const offerStepId = (areaId: string, offerId: string) => `offer:${areaId}:${offerId}`;
