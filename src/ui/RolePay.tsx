// A role's pay in pounds, with the year it applies to, or an honest "not checked yet".
import { useTranslation } from 'react-i18next';
import { currentPayScale, yearlyPayRange } from '../core/content';
import type { Catalogue, Role } from '../core/model';
import { englishContent } from './english-content';
import { useFormatters } from './use-formatters';

export function RolePay({ role, catalogue }: { role: Role; catalogue: Catalogue }) {
  const { t } = useTranslation();
  const { money, date, either } = useFormatters();
  const { pay } = role;
  if (pay.kind === 'hourly') {
    return <p>{t('role.payHourly', { amount: money(pay.typicalGBP), date: date(pay.appliesFrom) })}</p>;
  }
  const range = yearlyPayRange(catalogue, role);
  if (!range) return <p>{t('role.payUnverified')}</p>;
  if (pay.kind === 'annual') {
    return <p>{t('role.payAnnual', { min: money(range.minGBP), max: money(range.maxGBP), date: date(range.appliesFrom) })}</p>;
  }
  const bands = pay.kind === 'nhs-band' ? either(pay.bands) : '';
  const scale = currentPayScale(catalogue);
  return (
    <>
      <p className="pay">
        {range.minGBP === range.maxGBP
          ? t('role.paySingle', { min: money(range.minGBP), bands })
          : t('role.payRange', { min: money(range.minGBP), max: money(range.maxGBP), bands })}
      </p>
      <p>{t('role.payYear', { date: date(range.appliesFrom) })}</p>
      {scale?.note && <p {...englishContent}>{scale.note}</p>}
    </>
  );
}
