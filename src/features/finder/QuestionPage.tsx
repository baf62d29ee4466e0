// One question per screen, with progress, Back, Skip and "why we ask". Answers are saved as they
// change; Continue only checks a typed number and moves on.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from '../../ui/router';
import { readTypedNumber } from '../../i18n/typed-number';
import { CatalogueGate } from '../../ui/CatalogueGate';
import { Page } from '../../ui/Page';
import { finderPath, paths } from '../../ui/paths';
import { useAnswers } from '../../ui/answers-store';
import { QuestionInput } from './QuestionInput';
import { visibleQuestions, type Question } from './questions';

function parseNumber(text: string, question: Extract<Question, { type: 'number' }>): number | undefined | 'invalid' {
  const value = readTypedNumber(text);
  if (value === undefined) return undefined;
  if (!Number.isFinite(value) || value < question.min || value > question.max) return 'invalid';
  if (question.field === 'age' && !Number.isInteger(value)) return 'invalid';
  return value;
}

export function QuestionPage() {
  const { questionId = '' } = useParams();
  // A new question is a new form: keying by id starts it with that question's saved answer.
  return <QuestionForm key={questionId} questionId={questionId} />;
}

function QuestionForm({ questionId }: { questionId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { answers, setAnswer } = useAnswers();
  const questions = visibleQuestions(answers);
  const index = questions.findIndex((item) => item.id === questionId);
  const question = questions[index];
  const storedNumber = question?.type === 'number' ? answers[question.field] : undefined;
  const [numberText, setNumberText] = useState(storedNumber === undefined ? '' : String(storedNumber));
  const [error, setError] = useState<string>();
  const summary = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const hintId = useId();
  const errorId = useId();

  useEffect(() => {
    if (error) summary.current?.focus();
  }, [error]);

  if (!question) return <Navigate to={paths.find} replace />;
  const next = questions[index + 1];
  const previous = questions[index - 1];
  const goNext = () => navigate(next ? finderPath(next.id) : paths.results);
  const numberError = () => {
    if (question.type !== 'number') return undefined;
    return question.field === 'age' ? t('finder.errorAge') : t('finder.errorNumber', { min: question.min, max: question.max });
  };

  const onNumberText = (text: string) => {
    setNumberText(text);
    if (question.type !== 'number') return;
    const value = parseNumber(text, question);
    if (value !== 'invalid') setAnswer(question.field, value);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (question.type === 'number') {
      const value = parseNumber(numberText, question);
      if (value === 'invalid' || (value === undefined && question.required)) {
        setError(numberError());
        return;
      }
    }
    goNext();
  };

  const why = t(`finder.questions.${question.id}.why` as never);
  return (
    <Page title={t(`finder.questions.${question.id}.title` as never)} titleId={titleId}>
      <p className="progress">{t('finder.progress', { current: index + 1, total: questions.length })}</p>
      {error && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby={`${errorId}-title`}>
          <h2 id={`${errorId}-title`}>{t('finder.errorTitle')}</h2>
          <a href="#answer">{error}</a>
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <fieldset className="fieldset" aria-labelledby={titleId}>
          <p className="hint" id={hintId}>
            {t(`finder.questions.${question.id}.hint` as never)}
          </p>
          {error && (
            <p className="field-error" id={errorId}>
              {error}
            </p>
          )}
          <CatalogueGate>
            {(catalogue) => (
              <QuestionInput
                question={question}
                answers={answers}
                catalogue={catalogue}
                describedBy={error ? `${hintId} ${errorId}` : hintId}
                labelledBy={titleId}
                numberText={numberText}
                onNumberText={onNumberText}
                error={error}
                setAnswer={setAnswer}
              />
            )}
          </CatalogueGate>
        </fieldset>
        {why && (
          <details className="why">
            <summary>{t('finder.why')}</summary>
            <p>{why}</p>
          </details>
        )}
        <p className="button-row">
          <button type="submit" className="button">
            {t('finder.continue')}
          </button>
          {!(question.type === 'number' && question.required) && (
            <button type="button" className="button button--secondary" onClick={goNext}>
              {t('finder.skip')}
            </button>
          )}
        </p>
      </form>
      <p>
        <Link className="back-link" to={previous ? finderPath(previous.id) : paths.find}>
          {t('finder.back')}
        </Link>
      </p>
    </Page>
  );
}
