// Who can start, by age, in plain words: "16 and over", "16 to 21", and any groups who may start later.
import { useTranslation } from 'react-i18next';
import type { AgeRange } from '../core/model';
import { useFormatters } from './use-formatters';

export function AgeRule({ range }: { range: AgeRange }) {
  const { t, i18n } = useTranslation();
  const { either } = useFormatters();
  // extendedFor is free text in the data: only groups with a label are named.
  const groups = (range.extendedFor ?? []).flatMap((group) => {
    const key = `vocab.groupPlural.${group}`;
    return i18n.exists(key) ? [String(t(key as never))] : [];
  });
  return (
    <>
      {range.max === null ? t('pages.age.from', { min: range.min }) : t('pages.age.between', { min: range.min, max: range.max })}
      {range.extendedMax !== undefined && groups.length > 0 && (
        <>
          <br />
          {t('pages.age.extended', { max: range.extendedMax, groups: either(groups) })}
        </>
      )}
    </>
  );
}
