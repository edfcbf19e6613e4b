// The portal's guide steps, each one module. Adding a step is its module here plus its id in
// PORTAL_GUIDE_STEPS (core/steps.ts): the typecheck refuses an id without a module.

import type { PortalGuideStep } from '../../../core/steps';
import { assignUsers } from './assign-users';
import { basicSaml } from './basic-saml';
import { chooseSaml } from './choose-saml';
import { createApp } from './create-app';
import { downloadMetadata } from './download-metadata';
import { emailClaim } from './email-claim';
import { openEnterpriseApps } from './open-enterprise-apps';
import type { GuideStepModule } from './types';

export const STEP_MODULES: Readonly<Record<PortalGuideStep, GuideStepModule>> = {
  'open-enterprise-apps': openEnterpriseApps,
  'create-app': createApp,
  'choose-saml': chooseSaml,
  'basic-saml': basicSaml,
  'email-claim': emailClaim,
  'download-metadata': downloadMetadata,
  'assign-users': assignUsers,
};
