// Lets a person choose their language; the page they are on stays the same.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/languages';
import { saveLanguage } from './language-preference';

export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    <div className="language-picker">
      <label htmlFor={id}>{t('app.language')}</label>
      <select
        id={id}
        value={current}
        onChange={(event) => {
          const code = event.target.value;
          saveLanguage(code);
          void i18n.changeLanguage(code);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code} dir={language.dir}>
            {language.nativeName}
            {language.code !== 'en' ? ` (${language.englishName})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
