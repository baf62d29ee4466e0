// A drop-down of roles grouped by the level needed to start, as people think of them.
import type { SelectHTMLAttributes } from 'react';
import { useContentLang } from './catalogue-view';
import { useTranslation } from 'react-i18next';
import type { Role } from '../core/model';

interface RoleSelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> {
  roles: readonly Role[];
  value: string;
  /** The first choice, meaning "none". */
  emptyLabel: string;
  onChange: (roleId: string | null) => void;
}

export function RoleSelect({ roles, value, emptyLabel, onChange, ...attributes }: RoleSelectProps) {
  const langOf = useContentLang();
  const { t } = useTranslation();
  const levels = [...new Set(roles.map((role) => role.level))].sort((a, b) => a - b);
  return (
    <select className="select" value={value} onChange={(event) => onChange(event.target.value || null)} {...attributes}>
      <option value="">{emptyLabel}</option>
      {levels.map((level) => (
        <optgroup key={level} label={t(`vocab.level.${level as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8}`)}>
          {roles
            .filter((role) => role.level === level)
            .sort((a, b) => a.title.localeCompare(b.title, 'en'))
            .map((role) => (
              <option key={role.id} value={role.id} {...langOf('roles', role.id, 'title')}>
                {role.title}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}
