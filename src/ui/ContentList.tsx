// A heading and a bulleted list of catalogue text (written in English for now), or nothing at all
// when the list is empty.
import { englishContent } from './english-content';

export function ContentList({ heading, items }: { heading: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h2>{heading}</h2>
      <ul {...englishContent}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}
