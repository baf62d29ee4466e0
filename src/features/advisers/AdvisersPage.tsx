// For careers advisers and work coaches: how to use Care Routes with someone, the quickest path from
// questions to a plan they can take away, and the switch for shared devices at job fairs.
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/router';
import { useSharedDeviceMode, setSharedDevice } from '../../ui/device-store';
import { Page } from '../../ui/Page';
import { paths } from '../../ui/paths';
import { SHARED_DEVICE_PARAMETER } from '../../ui/shared-device';

const noChanges = () => () => {};

function SharedDeviceSwitch() {
  const { t } = useTranslation();
  const on = useSharedDeviceMode();
  return (
    <>
      <p className={on ? 'notice notice--strong' : 'notice'} role="status">
        {t(on ? 'advisers.shared.isOn' : 'advisers.shared.isOff')}
      </p>
      <p>
        <button type="button" className={on ? 'button button--secondary' : 'button'} onClick={() => setSharedDevice(!on)}>
          {t(on ? 'advisers.shared.turnOff' : 'advisers.shared.turnOn')}
        </button>
      </p>
    </>
  );
}

export function AdvisersPage() {
  const { t } = useTranslation();
  // The origin is only known in the browser; the page drawn at build time shows the address without it.
  const origin = useSyncExternalStore(noChanges, () => location.origin, () => '');
  const kioskAddress = `${origin}${import.meta.env.BASE_URL}?${SHARED_DEVICE_PARAMETER}=on`;
  return (
    <Page title={t('advisers.title')}>
      <p className="lead">{t('advisers.intro')}</p>

      <h2>{t('advisers.session.title')}</h2>
      <ol className="numbered-steps">
        <li>
          <Link to={paths.find}>{t('advisers.session.ask')}</Link> {t('advisers.session.askText')}
        </li>
        <li>
          <Link to={paths.results}>{t('advisers.session.results')}</Link> {t('advisers.session.resultsText')}
        </li>
        <li>
          <Link to={paths.plan}>{t('advisers.session.plan')}</Link> {t('advisers.session.planText')}
        </li>
        <li>{t('advisers.session.handOver')}</li>
      </ol>
      <p>{t('advisers.session.privacy')}</p>

      <h2>{t('advisers.shared.title')}</h2>
      <p>{t('advisers.shared.text')}</p>
      <ul>
        {t('advisers.shared.points', { returnObjects: true }).map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <SharedDeviceSwitch />
      <h3>{t('advisers.shared.kioskTitle')}</h3>
      <p>{t('advisers.shared.kioskText')}</p>
      <p className="kiosk-address" dir="ltr" lang="en">
        <code>{kioskAddress}</code>
      </p>

      <h2>{t('advisers.more.title')}</h2>
      <ul className="link-list">
        <li>
          <Link to={paths.explore}>{t('advisers.more.explore')}</Link>
        </li>
        <li>
          <Link to={paths.qualifiedAbroad}>{t('advisers.more.abroad')}</Link>
        </li>
        <li>
          <Link to={paths.levels}>{t('advisers.more.levels')}</Link>
        </li>
      </ul>
    </Page>
  );
}
