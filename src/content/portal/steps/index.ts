// The portal steps in flow order. Adding a step is adding a module here.

import type { StepId } from '../../../core/steps';
import { assignUsers } from './assign-users';
import { basicSaml } from './basic-saml';
import { chooseSaml } from './choose-saml';
import { createApp } from './create-app';
import { downloadMetadata } from './download-metadata';
import { emailClaim } from './email-claim';
import { openEnterpriseApps } from './open-enterprise-apps';
import type { StepFeature } from './types';

export const FEATURES: readonly StepFeature[] = [
  openEnterpriseApps,
  createApp,
  chooseSaml,
  basicSaml,
  emailClaim,
  downloadMetadata,
  assignUsers,
];

export const featureOf = (id: StepId): StepFeature | undefined => FEATURES.find((f) => f.id === id);
