// The filter panel: plain checkboxes and radios in labelled groups, so it works by keyboard and
// screen reader. It starts open when filters are set, so people can see what is hiding jobs.
import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/router';
import { FILTER_LEVELS, SECTOR_CHOICES, SWITCHES, type RoleFilters } from '../../core/content';
import { INTERESTS, SETTINGS } from '../../core/model/vocab';
import { paths } from '../../ui/paths';

interface CheckboxGroupProps<T extends string | number> {
  legend: string;
  name: string;
  options: readonly T[];
  chosen: readonly T[];
  label: (option: T) => string;
  /** Gets how to change the chosen options, not the result, so quick ticks in a row all count. */
  onChange: (update: (chosen: readonly T[]) => T[]) => void;
}

function CheckboxGroup<T extends string | number>({ legend, name, options, chosen, label, onChange }: CheckboxGroupProps<T>) {
  const toggle = (option: T, on: boolean) => onChange((previous) => options.filter((value) => (value === option ? on : previous.includes(value))));
  return (
    <fieldset className="fieldset filters__group">
      <legend>{legend}</legend>
      <div className="checkboxes">
        {options.map((option) => (
          <label key={option} className="checkboxes__item">
            <input type="checkbox" name={name} value={option} checked={chosen.includes(option)} onChange={(event) => toggle(option, event.target.checked)} />
            <span className="option-label">{label(option)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A change to the filters, applied to the newest ones: two ticks before the page has caught up both count. */
export type FiltersUpdate = (current: RoleFilters) => RoleFilters;

export function ExploreFilters({ filters, active, onChange }: { filters: RoleFilters; active: number; onChange: (update: FiltersUpdate) => void }) {
  const { t } = useTranslation();
  return (
    <details className="filters" open={active > 0 || undefined}>
      <summary>{active > 0 ? t('explore.filtersChosen', { count: active }) : t('explore.filters')}</summary>
      <form className="filters__form" onSubmit={(event) => event.preventDefault()} aria-label={t('explore.filters')}>
        <fieldset className="fieldset filters__group">
          <legend>{t('explore.filter.needs')}</legend>
          <div className="checkboxes">
            {SWITCHES.map((name) => (
              <label key={name} className="checkboxes__item">
                <input type="checkbox" name={name} checked={filters[name]} onChange={(event) => {
                    const on = event.target.checked;
                    onChange((current) => ({ ...current, [name]: on }));
                  }} />
                <span className="option-label">{t(`explore.switch.${name}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="fieldset filters__group">
          <legend>{t('explore.filter.sector')}</legend>
          <div className="radios">
            {([undefined, ...SECTOR_CHOICES] as const).map((sector) => (
              <label key={sector ?? 'any'} className="radios__item">
                <input type="radio" name="sector" checked={filters.sector === sector} onChange={() => onChange((current) => ({ ...current, sector }))} />
                <span className="option-label">{t(`explore.sector.${sector ?? 'any'}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <CheckboxGroup
          legend={t('explore.filter.level')}
          name="level"
          options={FILTER_LEVELS}
          chosen={filters.levels}
          label={(level) => t(`vocab.level.${level}`)}
          onChange={(update) => onChange((current) => ({ ...current, levels: update(current.levels) }))}
        />
        <CheckboxGroup
          legend={t('explore.filter.setting')}
          name="setting"
          options={SETTINGS}
          chosen={filters.settings}
          label={(setting) => t(`vocab.setting.${setting}`)}
          onChange={(update) => onChange((current) => ({ ...current, settings: update(current.settings) }))}
        />
        <CheckboxGroup
          legend={t('explore.filter.interest')}
          name="interest"
          options={INTERESTS}
          chosen={filters.interests}
          label={(interest) => t(`vocab.interest.${interest}`)}
          onChange={(update) => onChange((current) => ({ ...current, interests: update(current.interests) }))}
        />
        {active > 0 && (
          <p>
            <Link to={paths.explore} replace>
              {t('explore.clear')}
            </Link>
          </p>
        )}
      </form>
    </details>
  );
}
