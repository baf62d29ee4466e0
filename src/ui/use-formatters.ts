// The shared formatters, for the current interface language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createFormatters, type Formatters, type Translate } from '../i18n/formatters';

export function useFormatters(): Formatters {
  const { t, i18n } = useTranslation();
  return useMemo(() => createFormatters(i18n.language, t as unknown as Translate), [i18n.language, t]);
}
