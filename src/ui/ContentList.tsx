// A heading and a bulleted list of catalogue text, marked with the language it is in, or nothing at
// all when the list is empty.

interface ContentListProps {
  heading: string;
  items: readonly string[];
  lang: string;
  dir: 'auto';
}

export function ContentList({ heading, items, lang, dir }: ContentListProps) {
  if (items.length === 0) return null;
  return (
    <>
      <h2>{heading}</h2>
      <ul lang={lang} dir={dir}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}
