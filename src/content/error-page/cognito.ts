// The dynamic content script on Cognito's error page (registered by background/error-pages.ts for
// exactly the configured Reply URL's origin, once the admin allowed it). It acts only when the
// address carries an error (docs/cognito-entra-facts.md#cognito-errors).

import { hasErrorParams } from '../../core/error-pages';
import { explainErrorHere, landedAt } from './explain';

const address = landedAt();
if (hasErrorParams(address)) void explainErrorHere(address);
