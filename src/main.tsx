// Entry point: choose the language, start the app, then register the service worker.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createI18n } from './i18n/i18n';
import { initialLanguage } from './ui/language-preference';
import { startSharedDeviceFromAddress } from './ui/shared-device';
import { registerServiceWorker } from './pwa/service-worker';
import './styles.css';

startSharedDeviceFromAddress();
const i18n = await createI18n(initialLanguage());
const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App i18n={i18n} />
    </StrictMode>,
  );
}
registerServiceWorker();
