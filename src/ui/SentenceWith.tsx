// A translated sentence with one part that is more than plain text (an English name marked as
// English, a list of names), put wherever the translation puts its placeholder.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const MARKER = '\u0000';

export function SentenceWith({ i18nKey, placeholder, children }: { i18nKey: string; placeholder: string; children: ReactNode }) {
  const { t } = useTranslation();
  const [before, after = ''] = (t as (key: string, values: Record<string, string>) => string)(i18nKey, { [placeholder]: MARKER }).split(MARKER);
  return (
    <>
      {before}
      {children}
      {after}
    </>
  );
}
