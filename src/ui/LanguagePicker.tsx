// Lets a person choose their language; the page they are on stays the same. Each language is a
// plain link to this page in that language, so it works before any JavaScript has loaded, and each
// is named in its own language and script so people can find theirs.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { localisePath, splitLanguagePath } from '../i18n/language-paths';
import { findLanguage, LANGUAGES } from '../i18n/languages';
import { saveLanguage } from './language-preference';

export function LanguagePicker() {
  const { t } = useTranslation();
  const { pathname, search, hash } = useLocation();
  const { language: current, path } = splitLanguagePath(pathname);
  const menu = useRef<HTMLDetailsElement>(null);
  const currentName = findLanguage(current)?.nativeName;
  return (
    <details className="language-picker" ref={menu}>
      <summary>
        <span className="language-picker__label">{t('app.language')}</span>{' '}
        <span className="language-picker__current" lang={current}>
          {currentName}
        </span>
      </summary>
      <ul className="language-picker__list">
        {LANGUAGES.map((language) => (
          <li key={language.code}>
            <Link
              to={localisePath(language.code, path) + search + hash}
              hrefLang={language.code}
              aria-current={language.code === current ? 'true' : undefined}
              replace
              preventScrollReset
              onClick={() => {
                saveLanguage(language.code);
                // Close the list and keep focus on the button, so keyboard users stay in place.
                if (menu.current) menu.current.open = false;
                menu.current?.querySelector('summary')?.focus();
              }}
            >
              <span lang={language.code} dir={language.dir}>
                {language.nativeName}
              </span>
              {language.code !== 'en' && <span className="language-picker__english"> ({language.englishName})</span>}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
