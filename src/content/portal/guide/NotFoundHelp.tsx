// The guide's "not found" state, beyond plain instructions: the redacted "This page looks
// different" report and "Show me where it is" for the step's target (portal/not-found.ts).

import { useEffect, useMemo } from 'preact/hooks';
import { t } from '../../../ui/i18n';
import { MismatchReport } from '../../../ui/MismatchReport';
import { keepReport, notFoundReport, teachNotFound } from '../not-found';
import type { PortalTarget } from '../site/locators';
import { trusted } from './trusted';

export function NotFoundHelp({ target }: { target: PortalTarget }) {
  // Made once per target not found (not on every render); handed to the popup after the render.
  const text = useMemo(() => notFoundReport(target), [target]);
  useEffect(() => keepReport(target, text), [target, text]);
  return (
    <div class="not-found-help">
      <button type="button" onClick={trusted(() => teachNotFound(target))}>
        {t('teachShowMe')}
      </button>
      <MismatchReport report={{ site: 'portal', target: `portal.${target}`, text }} />
    </div>
  );
}
