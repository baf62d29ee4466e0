// Turns the engine's messages (key + parameters) into sentences in the reader's language.
// Parameters that are ids become words: role ids become titles, interest ids become labels.
import type { Catalogue } from '../core/model/index.ts';
import type { Message } from '../core/match/index.ts';
import type { Formatters, Translate } from './formatters.ts';

export interface MessageContext {
  t: Translate;
  format: Formatters;
  catalogue: Catalogue;
}

const splitIds = (value: string | number) => String(value).split(',').filter(Boolean);

function paramText(name: string, value: string | number, message: Message, { t, format, catalogue }: MessageContext): string {
  switch (name) {
    case 'role':
    case 'target':
      return catalogue.roles.find((role) => role.id === value)?.title ?? String(value);
    case 'regulator':
      return t(`vocab.regulator.${value}`);
    case 'interests':
      return format.list(splitIds(value).map((id) => t(`vocab.interest.${id}`)));
    case 'skills':
      return format.list(splitIds(value).map((id) => t(`vocab.skill.${id}`)));
    case 'work':
      return t(`vocab.work.${value}`);
    case 'group':
      return t(`vocab.groupPlural.${value}`);
    case 'dbs':
      return t(`vocab.dbs.${value}`);
    case 'level':
      return message.key === 'missing.improveEnglish' ? t(`vocab.englishLevel.${value}`) : format.number(Number(value));
    case 'amount':
      return format.money(Number(value));
    case 'date':
      return format.date(String(value));
    case 'have':
    case 'need':
      return format.score(Number(value));
    case 'rule':
      return String(value);
    default:
      return typeof value === 'number' ? format.number(value) : value;
  }
}

export function formatEngineMessage(message: Message, context: MessageContext): string {
  const params = Object.fromEntries(
    Object.entries(message.params ?? {}).map(([name, value]) => [name, paramText(name, value, message, context)]),
  );
  return context.t(`engine.${message.key}`, params);
}
