// Choose a role and press a button. A drop-down alone would act on every arrow key press in some
// browsers, which is confusing by keyboard.
import { useId, useState } from 'react';
import type { Role } from '../core/model';
import { RoleSelect } from './RoleSelect';

interface RolePickerProps {
  label: string;
  button: string;
  emptyLabel: string;
  roles: readonly Role[];
  initial?: string;
  onPick: (roleId: string | null) => void;
}

export function RolePicker({ label, button, emptyLabel, roles, initial = '', onPick }: RolePickerProps) {
  const id = useId();
  const [chosen, setChosen] = useState(initial);
  return (
    <form
      className="role-picker"
      onSubmit={(event) => {
        event.preventDefault();
        onPick(chosen || null);
      }}
    >
      <label htmlFor={id}>{label}</label>
      <span className="role-picker__row">
        <RoleSelect id={id} roles={roles} value={chosen} emptyLabel={emptyLabel} onChange={(roleId) => setChosen(roleId ?? '')} />
        <button type="submit" className="button">
          {button}
        </button>
      </span>
    </form>
  );
}
