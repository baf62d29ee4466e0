// A list of catalogue records of one kind (registration routes, programmes...), each linking to its page.
import { Link } from './router';
import { collectionOf, useContentLang } from './catalogue-view';
import { recordPath } from './paths';

type RecordKind = Parameters<typeof recordPath>[0];

export function RecordLinks({ kind, records }: { kind: RecordKind; records: readonly { id: string; title: string }[] }) {
  const langOf = useContentLang();
  return (
    <ul className="link-list">
      {records.map((record) => (
        <li key={record.id}>
          <Link to={recordPath(kind, record.id)} {...langOf(collectionOf(kind), record.id, 'title')}>
            {record.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
