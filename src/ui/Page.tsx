// Wraps every page: sets the browser tab title and gives the page its one <h1>.
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SentenceWith } from './SentenceWith';

interface PageProps {
  title: string;
  /** The language of the title when it is not the interface's, such as an English job title. */
  titleLang?: string;
  /** An id for the heading, so a form can be named by it. */
  titleId?: string;
  /** The official English name, shown under a translated title: people meet it in job adverts. */
  englishTitle?: string;
  children?: ReactNode;
}

/** "In English: Care worker", with the English words marked as English wherever the translation puts them. */
function EnglishTitle({ title }: { title: string }) {
  return (
    <p className="english-title">
      <SentenceWith i18nKey="translation.inEnglish" placeholder="title">
        <span lang="en" dir="ltr">
          {title}
        </span>
      </SentenceWith>
    </p>
  );
}

export function Page({ title, titleLang, titleId, englishTitle, children }: PageProps) {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = title === appName ? appName : `${title} – ${appName}`;
  }, [title, appName]);
  return (
    <>
      <h1 tabIndex={-1} className="page-title" id={titleId} lang={titleLang} dir={titleLang ? 'auto' : undefined}>
        {title}
      </h1>
      {englishTitle && englishTitle !== title && <EnglishTitle title={englishTitle} />}
      {children}
    </>
  );
}
