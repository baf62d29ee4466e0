// A failed index download (for example offline before the first visit finished) is retried next time.
import { describe, expect, it, vi } from 'vitest';
import { loadSearch } from '../../../src/content/search';
import type { Catalogue } from '../../../src/core/model';

const loaders = vi.hoisted(() => ({ en: vi.fn(), ar: vi.fn() }));
vi.mock('virtual:search', () => ({ searchIndexLoaders: loaders }));

describe('loadSearch after a failure', () => {
  it('tries again on the next call instead of keeping the error', async () => {
    const { buildSearchCorpus, buildSearchIndex } = await import('../../../src/core/search');
    const catalogue = {
      ...{ levels: [], roles: [], apprenticeships: [], qualifications: [], registration: [], payScales: [], figures: [], careerChangers: [], areas: [] },
      programmes: [{ id: 'step-into-health', title: 'Step into Health' }],
    } as unknown as Catalogue;
    const index = buildSearchIndex(buildSearchCorpus(catalogue));
    loaders.ar.mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module')).mockResolvedValue({ default: index });

    await expect(loadSearch('ar')).rejects.toThrow('Failed to fetch');
    const search = await loadSearch('ar');
    expect(search('step into helth')[0]).toMatchObject({ id: 'step-into-health', kind: 'programme' });
    expect(loaders.ar).toHaveBeenCalledTimes(2);
  });
});
