// Links and navigation that stay in the page's language. Features use these instead of react-router's
// own: they write addresses without a language ("/explore") and get the right one ("/ar/explore").
import { useCallback } from 'react';
import {
  Link as RouterLink,
  Navigate as RouterNavigate,
  useLocation,
  useNavigate as useRouterNavigate,
  useParams,
  type LinkProps,
  type NavigateOptions,
  type NavigateProps,
  type To,
} from 'react-router';
import { isPrefixedLanguage, localisePath, splitLanguagePath } from '../i18n/language-paths';
import { DEFAULT_LANGUAGE } from '../i18n/languages';

/** The language the address is in. */
export function usePageLanguage(): string {
  const { lang } = useParams();
  return isPrefixedLanguage(lang) ? lang : DEFAULT_LANGUAGE;
}

/** The page's address without its language, such as "/explore" for /ar/explore. */
export function usePagePath(): string {
  return splitLanguagePath(useLocation().pathname).path;
}

function localiseTo(to: To, language: string): To {
  if (typeof to === 'string') return to.startsWith('/') ? localisePath(language, to) : to;
  return to.pathname?.startsWith('/') ? { ...to, pathname: localisePath(language, to.pathname) } : to;
}

export function Link({ to, ...props }: LinkProps) {
  return <RouterLink to={localiseTo(to, usePageLanguage())} {...props} />;
}

export function Navigate({ to, ...props }: NavigateProps) {
  return <RouterNavigate to={localiseTo(to, usePageLanguage())} {...props} />;
}

export function useNavigate(): (to: To, options?: NavigateOptions) => void {
  const navigate = useRouterNavigate();
  const language = usePageLanguage();
  return useCallback((to: To, options?: NavigateOptions) => void navigate(localiseTo(to, language), options), [navigate, language]);
}

/** Shows the same page in another language, replacing this entry so Back leaves the page. */
export function useShowInLanguage(): (language: string) => void {
  const navigate = useRouterNavigate();
  const { pathname, search, hash } = useLocation();
  return useCallback(
    (language: string) => void navigate(localisePath(language, splitLanguagePath(pathname).path) + search + hash, { replace: true, preventScrollReset: true }),
    [navigate, pathname, search, hash],
  );
}

/** An address in the page's language, for a form's action or a link made outside React Router. */
export function useLocalisedPath(path: string): string {
  return localisePath(usePageLanguage(), path);
}

export { Outlet, useLocation, useParams, useSearchParams } from 'react-router';
