// A list of roles, each linking to its page: the same on every page that names jobs.
import { Link } from './router';
import { useContentLang } from './catalogue-view';
import type { Role } from '../core/model';
import { rolePath } from './paths';

/** With a heading, the heading and list are left out when there are no roles. */
export function RoleLinks({ roles, heading }: { roles: readonly Pick<Role, 'id' | 'title'>[]; heading?: string }) {
  const langOf = useContentLang();
  if (heading && roles.length === 0) return null;
  return (
    <>
      {heading && <h2>{heading}</h2>}
      <ul className="role-list">
        {roles.map((role) => (
          <li key={role.id}>
            <Link to={rolePath(role.id)} {...langOf('roles', role.id, 'title')}>
              {role.title}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
