// The pathway map: every role placed by level and sector, and the quickest known routes up from
// any one role. Pure, so the map, its list for screen readers and the tests all agree.
import type { Catalogue, MonthsRange, Progression, Role } from '../model/index.ts';

export const MAP_COLUMNS = ['nhs', 'both', 'social-care'] as const;
export type MapColumn = (typeof MAP_COLUMNS)[number];

export function mapColumn(role: Role): MapColumn {
  if (role.sectors.includes('nhs') && role.sectors.includes('social-care')) return 'both';
  return role.sectors.includes('nhs') ? 'nhs' : 'social-care';
}

export interface MapRow {
  level: number;
  cells: Record<MapColumn, Role[]>;
}

/** Rows from the highest level down, as a ladder is drawn; empty levels are left out. */
export function mapRows(catalogue: Catalogue): MapRow[] {
  const levels = [...new Set(catalogue.roles.map((role) => role.level))].sort((a, b) => b - a);
  return levels.map((level) => {
    const cells = { nhs: [], both: [], 'social-care': [] } as Record<MapColumn, Role[]>;
    for (const role of catalogue.roles) if (role.level === level) cells[mapColumn(role)].push(role);
    for (const column of MAP_COLUMNS) cells[column].sort((a, b) => a.title.localeCompare(b.title, 'en'));
    return { level, cells };
  });
}

export interface RouteLeg {
  from: Role;
  to: Role;
  edge: Progression;
  /** The move goes from one sector into the other (NHS to social care or back). */
  crossesSectors: boolean;
}

export interface RouteUp {
  to: Role;
  legs: RouteLeg[];
  totalTime: MonthsRange;
}

const crosses = (from: Role, to: Role) => !to.sectors.some((sector) => from.sectors.includes(sector));

/**
 * Every role reachable from `fromId` along the catalogue's progression edges, each by its quickest
 * route (fewest months at the low end), closest first. `maxLegs` keeps the list to what a person can
 * plan for; four moves already spans entry level to consultant-level practice.
 */
export function routesUp(catalogue: Catalogue, fromId: string, maxLegs = 4): RouteUp[] {
  const byId = new Map(catalogue.roles.map((role) => [role.id, role]));
  const start = byId.get(fromId);
  if (!start) return [];
  const best = new Map<string, RouteUp>();
  let frontier: RouteUp[] = [{ to: start, legs: [], totalTime: { minMonths: 0, maxMonths: 0 } }];
  for (let depth = 0; depth < maxLegs && frontier.length > 0; depth += 1) {
    const next: RouteUp[] = [];
    for (const route of frontier) {
      for (const edge of route.to.progression) {
        const to = byId.get(edge.to);
        if (!to || to.id === fromId) continue;
        const candidate: RouteUp = {
          to,
          legs: [...route.legs, { from: route.to, to, edge, crossesSectors: crosses(route.to, to) }],
          totalTime: {
            minMonths: route.totalTime.minMonths + edge.typicalTime.minMonths,
            maxMonths: route.totalTime.maxMonths + edge.typicalTime.maxMonths,
          },
        };
        const known = best.get(to.id);
        if (!known || candidate.totalTime.minMonths < known.totalTime.minMonths) {
          best.set(to.id, candidate);
          next.push(candidate);
        }
      }
    }
    frontier = next;
  }
  return [...best.values()].sort(
    (a, b) =>
      a.legs.length - b.legs.length ||
      a.to.level - b.to.level ||
      a.totalTime.minMonths - b.totalTime.minMonths ||
      a.to.title.localeCompare(b.to.title, 'en'),
  );
}
