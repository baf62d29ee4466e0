// A large tappable card that leads to another page, as on NHS.UK.
import { Link } from './router';

interface LinkCardProps {
  to: string;
  title: string;
  text: string;
}

export function LinkCard({ to, title, text }: LinkCardProps) {
  return (
    <li className="card">
      <h3 className="card__title">
        <Link className="card__link" to={to}>
          {title}
        </Link>
      </h3>
      <p className="card__text">{text}</p>
    </li>
  );
}
