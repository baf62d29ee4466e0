// Text from files people publish, made safe and readable: HTML taken out as plain text, and any
// value shortened for a problem report. Shared by every importer.

/** A value as short text for a problem report. */
export function shortText(value: unknown): string {
  if (value === undefined) return '';
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

const ENTITIES = new Map([
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['nbsp', ' '], ['pound', '£'], ['euro', '€'],
  ['ndash', '–'], ['mdash', '—'], ['hellip', '…'], ['lsquo', '‘'], ['rsquo', '’'], ['ldquo', '“'], ['rdquo', '”'],
  ['bull', '•'], ['middot', '·'], ['copy', '©'], ['reg', '®'], ['trade', '™'],
  ['aacute', 'á'], ['agrave', 'à'], ['acirc', 'â'], ['auml', 'ä'], ['ccedil', 'ç'], ['eacute', 'é'], ['egrave', 'è'],
  ['ecirc', 'ê'], ['euml', 'ë'], ['iacute', 'í'], ['iuml', 'ï'], ['ntilde', 'ñ'], ['oacute', 'ó'], ['ouml', 'ö'],
  ['uacute', 'ú'], ['uuml', 'ü'],
]);

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole: string, name: string) => {
    if (!name.startsWith('#')) return ENTITIES.get(name) ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    const printable = code >= 32 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return printable ? String.fromCodePoint(code) : ' ';
  });
}

const BLOCK_TAG = /<\/?(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|section|article|blockquote|hr|dd|dt|dl|header|footer)\b[^>]*>/gi;

/**
 * Text as residents should read it: HTML tags removed (block tags leave a space so words stay
 * apart), entities such as &amp; decoded, and runs of spaces and line breaks made one space.
 */
export function plainText(value: unknown): string {
  if (typeof value !== 'string') return '';
  const withoutMarkup = value
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/li\s*>/gi, '; ')
    .replace(BLOCK_TAG, ' ')
    .replace(/<[^>]*>/g, '');
  // Decoding can reveal markup that was escaped (&lt;b&gt;): drop it too, and part any "<" left before a letter.
  return decodeEntities(withoutMarkup)
    .replace(/<[^<>]*>/g, '')
    .replace(/<(?=[a-z/!])/gi, '< ')
    .replace(/\s+/g, ' ')
    .replace(/([.!?;:])(\s*;)+/g, '$1')
    .replace(/[\s;]+$/, '')
    .trim();
}
