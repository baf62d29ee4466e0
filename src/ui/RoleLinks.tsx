// A list of roles, each linking to its page: the same on every page that names jobs.
import { Link } from 'react-router';
import type { Role } from '../core/model';
import { englishContent } from './english-content';
import { rolePath } from './paths';

export function RoleLinks({ roles }: { roles: readonly Pick<Role, 'id' | 'title'>[] }) {
  return (
    <ul className="role-list">
      {roles.map((role) => (
        <li key={role.id}>
          <Link to={rolePath(role.id)} {...englishContent}>
            {role.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
