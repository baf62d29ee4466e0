// A list of catalogue records of one kind (registration routes, programmes...), each linking to its page.
import { Link } from 'react-router';
import { englishContent } from './english-content';
import { recordPath } from './paths';

type RecordKind = Parameters<typeof recordPath>[0];

export function RecordLinks({ kind, records }: { kind: RecordKind; records: readonly { id: string; title: string }[] }) {
  return (
    <ul className="link-list">
      {records.map((record) => (
        <li key={record.id}>
          <Link to={recordPath(kind, record.id)} {...englishContent}>
            {record.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
