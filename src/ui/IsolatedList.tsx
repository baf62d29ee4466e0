// A list of names in another language inside a sentence, e.g. English job titles on an Arabic
// page: each name is isolated so right-to-left text cannot reorder its parts.
import { useTranslation } from 'react-i18next';
import { intlLocaleOf } from '../i18n/languages';

export function IsolatedList({ items, lang }: { items: string[]; lang: string }) {
  const { i18n } = useTranslation();
  const parts = new Intl.ListFormat(intlLocaleOf(i18n.language), { style: 'long', type: 'conjunction' }).formatToParts(items);
  return (
    <>
      {parts.map((part, index) =>
        part.type === 'element' ? (
          <bdi key={index} lang={lang}>
            {part.value}
          </bdi>
        ) : (
          part.value
        ),
      )}
    </>
  );
}
