// The address of a plan shared as a link: this site's own address, the short /p path, and the plan in
// the fragment, which browsers never send to a server.
import type { Plan } from '../../core/plan/plan';
import { encodePlanFragment, type ShareOptions } from '../../core/plan/share-link';
import { paths } from '../../ui/paths';

export function planLink(plan: Plan, options: ShareOptions): string {
  return `${globalThis.location.origin}${paths.openPlan}#${encodePlanFragment(plan, options)}`;
}
