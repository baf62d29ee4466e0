// The input for one question: radios, checkboxes, a number or a list to choose from.
// Every change is saved at once, so nothing is lost by going back, offline or to another language.
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../core/model';
import { englishContent } from '../../ui/english-content';
import { RoleSelect } from '../../ui/RoleSelect';
import type { Answers, Question } from './questions';

interface QuestionInputProps {
  question: Question;
  answers: Answers;
  catalogue: Catalogue;
  describedBy: string;
  /** The question heading's id, which names the input. */
  labelledBy: string;
  numberText: string;
  onNumberText: (text: string) => void;
  error?: string;
  setAnswer: <F extends keyof Answers>(field: F, value: Answers[F] | undefined) => void;
}

function Radios({ name, options, value, label, onChange, describedBy }: { name: string; options: readonly string[]; value: string | undefined; label: (option: string) => string; onChange: (option: string) => void; describedBy: string }) {
  return (
    <div className="radios">
      {options.map((option) => (
        <label key={option} className="radios__item">
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} aria-describedby={describedBy} />
          <span>{label(option)}</span>
        </label>
      ))}
    </div>
  );
}

export function QuestionInput({ question, answers, catalogue, describedBy, labelledBy, numberText, onNumberText, error, setAnswer }: QuestionInputProps) {
  const { t } = useTranslation();
  const tKey = (key: string) => t(key as never);
  switch (question.type) {
    case 'number':
      return (
        <input
          id="answer"
          className={`input input--number${error ? ' input--error' : ''}`}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={numberText}
          aria-labelledby={labelledBy}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onNumberText(event.target.value)}
        />
      );
    case 'choice':
      return (
        <Radios
          name={question.field}
          options={question.options}
          value={answers[question.field]}
          label={(option) => tKey(`${question.labels}.${option}`)}
          onChange={(option) => setAnswer(question.field, option as never)}
          describedBy={describedBy}
        />
      );
    case 'level':
      return (
        <Radios
          name={question.field}
          options={['0', '1', '2', '3', '4', '5', '6', '7', '8']}
          value={answers.highestQualificationLevel?.toString()}
          label={(option) => tKey(`vocab.levelOption.${option}`)}
          onChange={(option) => setAnswer('highestQualificationLevel', Number(option))}
          describedBy={describedBy}
        />
      );
    case 'yes-no':
      return (
        <Radios
          name={question.field}
          options={['yes', 'no']}
          value={answers[question.field] === undefined ? undefined : answers[question.field] ? 'yes' : 'no'}
          label={(option) => t(option === 'yes' ? 'finder.yes' : 'finder.no')}
          onChange={(option) => setAnswer(question.field, option === 'yes')}
          describedBy={describedBy}
        />
      );
    case 'multi': {
      const chosen = new Set<string>((answers[question.field] as string[] | undefined) ?? []);
      return (
        <div className="checkboxes">
          {question.options.map((option) => (
            <label key={option} className="checkboxes__item">
              <input
                type="checkbox"
                value={option}
                checked={chosen.has(option)}
                aria-describedby={describedBy}
                onChange={(event) => {
                  const next = question.options.filter((item) => (item === option ? event.target.checked : chosen.has(item)));
                  setAnswer(question.field, (next.length > 0 ? next : undefined) as never);
                }}
              />
              <span className="option-label">{tKey(`${question.labels}.${option}`)}</span>
            </label>
          ))}
        </div>
      );
    }
    case 'role': {
      const professions = new Set(catalogue.registration.flatMap((route) => route.professions));
      const roles = catalogue.roles.filter((role) => !question.regulatedOnly || professions.has(role.id));
      return (
        <RoleSelect
          id="answer"
          roles={roles}
          value={answers[question.field] ?? ''}
          emptyLabel={t(question.regulatedOnly ? 'finder.professionNone' : 'finder.roleNone')}
          aria-labelledby={labelledBy}
          aria-describedby={describedBy}
          onChange={(roleId) => setAnswer(question.field, roleId)}
        />
      );
    }
    case 'area':
      return (
        <select id="answer" className="select" value={answers.area ?? ''} aria-labelledby={labelledBy} aria-describedby={describedBy} onChange={(event) => setAnswer('area', event.target.value || null)}>
          <option value="">{t('finder.areaNone')}</option>
          {catalogue.areas.map((area) => (
            <option key={area.id} value={area.id} {...englishContent}>
              {area.name}
            </option>
          ))}
        </select>
      );
  }
}
