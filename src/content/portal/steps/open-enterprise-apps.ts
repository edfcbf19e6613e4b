import type { GuideStepModule } from './types';

/** Done as soon as the admin is anywhere in Enterprise applications (list, gallery, an app). */
export const openEnterpriseApps: GuideStepModule = {
  observe: ({ place }) => (place.kind === 'other' ? null : 'done'),
  guide: () => ({ hint: 'hint_open_enterprise_apps' }),
};
