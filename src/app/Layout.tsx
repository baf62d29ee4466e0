// The frame around every page: skip link, header with the language picker, status banners, footer.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, usePageLanguage, usePagePath } from '../ui/router';
import { SiteSearch } from '../features/search/SiteSearch';
import { SharedDeviceBar } from '../features/shared-device/SharedDeviceBar';
import { findLanguage } from '../i18n/languages';
import { useLanguageFailedToLoad } from '../i18n/load-failures';
import { StatusBanners } from '../pwa/StatusBanners';
import { useSharedDeviceMode } from '../ui/device-store';
import { CannotSaveNotice } from '../ui/CannotSaveNotice';
import { LanguagePicker } from '../ui/LanguagePicker';
import { PageLoading } from '../ui/PageLoading';
import { paths } from '../ui/paths';
import { usePlan } from '../ui/plan-store';
import { useClearing } from '../ui/shared-device';

/** The id a #part of an address names; a damaged one (#%E0) names nothing. */
function decodedHash(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}

/**
 * After moving to another page, put focus on its heading so screen readers announce it; a link to a
 * part of a page (/near-you/barnet#an-offer) focuses that part's heading instead.
 */
function useFocusHeadingOnNavigation() {
  // The page without its language: choosing another language keeps focus where it was.
  const pathname = usePagePath();
  const { hash } = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const part = hash.length > 1 ? document.getElementById(decodedHash(hash)) : null;
    (part?.querySelector<HTMLElement>('[tabindex="-1"]') ?? main.current?.querySelector<HTMLElement>('h1'))?.focus();
  }, [pathname, hash]);
  return main;
}

function PlanLink() {
  const { t } = useTranslation();
  const { plan } = usePlan();
  return (
    <Link className="header__plan" to={paths.plan}>
      {t('plan.headerLink', { count: plan.steps.length })}
    </Link>
  );
}

/** Until a fluent speaker has checked a language, every page in it says so, in that language. */
function DraftTranslationNotice() {
  const { t, i18n } = useTranslation();
  const language = findLanguage(i18n.resolvedLanguage ?? i18n.language);
  if (!language || language.interfaceReviewed) return null;
  return <p className="notice translation-notice">{t('translation.draftNotice')}</p>;
}

/** When a language's strings could not be loaded, say so (in English, which is what shows) and offer to try again. */
function LanguageFailedNotice() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const failed = useLanguageFailedToLoad(language);
  if (!failed) return null;
  // A reload, not a second import(): browsers remember a module that failed for the life of the page.
  // Everything typed is saved as it is typed, and the address keeps the language.
  return (
    <div className="notice" role="alert">
      <p>{t('storage.languageMissing')}</p>
      <button type="button" className="button" onClick={() => location.reload()}>
        {t('storage.tryAgain')}
      </button>
    </div>
  );
}

/** The address says which language a page is in; the interface follows it, also on Back and Forward. */
function useLanguageFromAddress() {
  const { i18n } = useTranslation();
  const language = usePageLanguage();
  useEffect(() => {
    if ((i18n.resolvedLanguage ?? i18n.language) !== language) void i18n.changeLanguage(language);
  }, [i18n, language]);
}

export function Layout({ children }: { children?: React.ReactNode }) {
  const { t } = useTranslation();
  useLanguageFromAddress();
  const main = useFocusHeadingOnNavigation();
  const sharedDevice = useSharedDeviceMode();
  // While "Finish and clear" wipes the device, show nothing of the last person's pages.
  const clearing = useClearing();
  return (
    <>
      <a className="skip-link" href="#main-content">
        {t('app.skipLink')}
      </a>
      <header className="header">
        <div className="container header__inner">
          <Link className="header__brand" to={paths.home}>
            <span className="header__name" lang="en" dir="ltr">
              {t('app.name')}
            </span>
            <span className="header__tagline">{t('app.tagline')}</span>
          </Link>
          <PlanLink />
          <LanguagePicker />
          <SiteSearch />
        </div>
      </header>
      {sharedDevice && !clearing && <SharedDeviceBar />}
      <StatusBanners />
      <CannotSaveNotice />
      <main id="main-content" className="container main" ref={main}>
        <LanguageFailedNotice />
        <DraftTranslationNotice />
        {clearing ? <PageLoading /> : (children ?? <Outlet />)}
      </main>
      <footer className="footer">
        <div className="container">
          <ul className="footer__links">
            <li>
              <Link to={paths.levels}>{t('footer.levels')}</Link>
            </li>
            <li>
              <Link to={paths.accessibility}>{t('footer.accessibility')}</Link>
            </li>
            <li>
              <Link to={paths.privacy}>{t('footer.privacy')}</Link>
            </li>
          </ul>
          <p>{t('footer.note')}</p>
          <p className="footer__version">
            {/* Isolate the version so a right-to-left language does not reorder its parts. */}
            {t('app.version', { version: `\u2068${__APP_VERSION__}\u2069` })}
          </p>
        </div>
      </footer>
    </>
  );
}
