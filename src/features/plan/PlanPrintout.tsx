// The printed plan: one or two pages to take away. Every line is in the person's language with the
// English under it, so an adviser or employer can read it too. Hidden on screen; print CSS shows it.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { describePlanStep } from '../../core/content';
import type { Catalogue } from '../../core/model';
import type { Plan } from '../../core/plan/plan';
import { createFormatters, type Translate } from '../../i18n/formatters';
import { DEFAULT_LANGUAGE } from '../../i18n/languages';
import { englishContent } from '../../ui/english-content';
import { today } from '../../ui/today';
import { planLink } from './plan-link';
import { QrCode } from './QrCode';

/** A line in the interface language, and the same line in English under it unless that is the same. */
function Both({ say, english, as: Tag = 'p' }: { say: string; english: string; as?: 'p' | 'span' }) {
  return (
    <>
      <Tag>{say}</Tag>
      {english !== say && (
        <Tag className="printout__english" lang="en" dir="ltr">
          {english}
        </Tag>
      )}
    </>
  );
}

export function PlanPrintout({ plan, catalogue }: { plan: Plan; catalogue: Catalogue }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const say = t as unknown as Translate;
  const en = useMemo(() => i18n.getFixedT(DEFAULT_LANGUAGE) as unknown as Translate, [i18n]);
  const format = useMemo(() => createFormatters(language, say), [language, say]);
  const formatEnglish = useMemo(() => createFormatters(DEFAULT_LANGUAGE, en), [en]);
  // The printed code never carries notes: they are on the paper already, and paper gets passed around.
  const link = useMemo(() => planLink(plan, { withNotes: false }), [plan]);
  const printedOn = today();
  const both = (key: string, options?: Record<string, unknown>) => ({ say: say(key, options), english: en(key, options) });

  return (
    <section className="printout" aria-label={t('plan.printout.label')}>
      <header className="printout__header">
        <h2>
          <Both as="span" {...both('plan.printout.title')} />
        </h2>
        <Both say={say('plan.printout.printedOn', { date: format.date(printedOn) })} english={en('plan.printout.printedOn', { date: formatEnglish.date(printedOn) })} />
      </header>
      <ol className="printout__steps">
        {plan.steps.map((step) => {
          const info = describePlanStep(catalogue, step.id);
          const titleKey = info ? `engine.${info.titleKey}` : 'plan.gone';
          const title = info?.title ?? say(titleKey);
          const englishTitle = info?.title ?? en(titleKey);
          return (
            <li key={step.id} className="printout__step">
              <h3>
                <span className="printout__tick" aria-hidden="true">
                  {step.done ? '☑' : '☐'}
                </span>{' '}
                {info?.title ? <span {...englishContent}>{title}</span> : <Both as="span" say={title} english={englishTitle} />}
              </h3>
              {step.done && <Both {...both('plan.printout.done')} />}
              {info && <Both {...both(`plan.next.${info.action}`)} />}
              {info?.provider && <Both {...both('plan.printout.provider', { provider: `\u2068${info.provider}\u2069` })} />}
              {info?.link && (
                <p className="printout__link" dir="ltr">
                  {info.link.url}
                </p>
              )}
              {step.targetDate && (
                <Both
                  say={say('plan.printout.by', { date: format.date(step.targetDate) })}
                  english={en('plan.printout.by', { date: formatEnglish.date(step.targetDate) })}
                />
              )}
              {step.note && (
                <p className="printout__note" dir="auto">
                  {step.note}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <footer className="printout__footer">
        <QrCode text={link} label={t('plan.send.qrLabel')} className="printout__qr" />
        <div>
          <Both {...both('plan.printout.scan')} />
          <p className="printout__link" dir="ltr">
            {link}
          </p>
        </div>
      </footer>
    </section>
  );
}
