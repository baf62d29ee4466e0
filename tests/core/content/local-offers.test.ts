import { describe, expect, it } from 'vitest';
import { areaOfOffer, currentOffersByKind, currentOffersForRole, isCurrentOffer } from '../../../src/core/content';
import type { Area, LocalOffer } from '../../../src/core/model';

const offer = (id: string, changes: Partial<LocalOffer> = {}): LocalOffer => ({
  id,
  title: `Offer ${id}`,
  provider: 'Example provider',
  kind: 'course',
  summary: 'A test offer.',
  url: 'https://example.org/',
  status: 'verified',
  startDate: null,
  endDate: null,
  roles: [],
  sources: [{ url: 'https://example.org/', title: 'Example' }],
  lastChecked: '2026-11-01',
  ...changes,
});

const area = (id: string, offers: LocalOffer[]): Area => ({
  id,
  name: id,
  region: 'Test',
  localAuthorities: [id],
  offers,
  sources: [{ url: 'https://example.org/', title: 'Example' }],
  lastChecked: '2026-11-01',
});

describe('local offers', () => {
  it('runs to the end of its last day, and forever without an end date', () => {
    expect(isCurrentOffer({ endDate: '2026-11-23' }, '2026-11-23')).toBe(true);
    expect(isCurrentOffer({ endDate: '2026-11-22' }, '2026-11-23')).toBe(false);
    expect(isCurrentOffer({ endDate: null }, '2099-01-01')).toBe(true);
  });

  it('groups an area’s running offers by kind, verified first, leaving out those that have ended', () => {
    const place = area('town', [
      offer('unchecked-course', { status: 'unverified' }),
      offer('job-club', { kind: 'employment-support' }),
      offer('ended-course', { endDate: '2026-10-31' }),
      offer('checked-course'),
    ]);
    expect(currentOffersByKind(place, '2026-11-23').map((group) => [group.kind, group.offers.map((item) => item.id)])).toEqual([
      ['course', ['checked-course', 'unchecked-course']],
      ['employment-support', ['job-club']],
    ]);
  });

  it('finds the running offers that help towards a job, and the area an offer is listed in', () => {
    const place = area('town', [offer('care-course', { roles: ['care-worker'] }), offer('old-care-course', { roles: ['care-worker'], endDate: '2020-01-01' }), offer('nurse-course', { roles: ['registered-nurse'] })]);
    expect(currentOffersForRole(place, 'care-worker', '2026-11-23').map((item) => item.id)).toEqual(['care-course']);
    expect(areaOfOffer({ areas: [area('elsewhere', []), place] }, 'nurse-course')?.id).toBe('town');
    expect(areaOfOffer({ areas: [place] }, 'no-such-offer')).toBeUndefined();
  });
});
