// Settings: the service-provider values (issue 5) and the Asset Panda address.

import { t } from '../ui/i18n';

export function Options() {
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
    </main>
  );
}
