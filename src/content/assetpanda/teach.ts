// "Show me where it is" on the Asset Panda page (content/teach/point.ts): the target the popup
// names, kept as an `assetpanda.` word override that the next transfer tries first.

import { codeKey } from '../../core/message-keys';
import type { AssetPandaWordTarget } from '../../core/word-overrides';
import { t } from '../../ui/i18n';
import { teach } from '../teach/point';
import { FIELD_LABELS } from './fields';

export function teachAssetPanda(target: AssetPandaWordTarget): void {
  teach({
    id: `assetpanda.${target}`,
    targetName: t(codeKey('transferTarget', target)),
    field: Object.hasOwn(FIELD_LABELS, target),
    saved: (word) => t('teachSaved', word),
  });
}
