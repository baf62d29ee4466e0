// A plan step's name, linked to its page in the app where it has one.
import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/router';
import type { PlanStepInfo } from '../../core/content';
import { englishContent } from '../../ui/english-content';
import { recordPath, rolePath } from '../../ui/paths';

export function PlanStepTitle({ info }: { info: PlanStepInfo }) {
  const { t } = useTranslation();
  if (!info.title) return <>{t(`engine.${info.titleKey}` as never)}</>;
  if (!info.page) return <span {...englishContent}>{info.title}</span>;
  const to = info.page.kind === 'role' ? rolePath(info.page.id) : recordPath(info.page.kind, info.page.id);
  return (
    <Link to={to} {...englishContent}>
      {info.title}
    </Link>
  );
}
