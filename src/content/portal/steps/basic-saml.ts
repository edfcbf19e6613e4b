import { t } from '../../../ui/i18n';
import { locate } from '../../dom/locate';
import {
  compareSavedSaml,
  explainFill,
  explainProblem,
  fillBasicSaml,
  findBasicSamlPane,
  planBasicSaml,
  readBasicSamlCard,
  readRows,
  readValidationProblems,
} from '../saml/basic-saml';
import { portalTarget } from '../site/locators';
import { say, targetMissing } from './results';
import type { GuideStepModule, GuideStepAction } from './types';

/** "Fill in" (and "Replace" once the admin confirms): Identifier and Reply URL into the pane. */
const fillPane: GuideStepAction = {
  label: 'fillIn',
  typesIntoPage: true,
  async run(profile, replaceWrong) {
    const pane = findBasicSamlPane(document);
    if (!pane) return targetMissing();
    const report = await fillBasicSaml(pane, profile, { replaceWrong });
    const { messages, needsConfirmation } = explainFill(report);
    if (needsConfirmation) return { ok: false, messages: say(messages), confirm: true };
    return {
      ok: report.complete,
      messages: report.complete ? [t('fillBasicSamlDone'), ...say(messages)] : say(messages),
    };
  },
};

export const basicSaml: GuideStepModule = {
  /** Done only on the read-back: the card's saved values hold the profile's, character for character. */
  observe: ({ place, doc, profile }) => {
    if (place.kind !== 'app' || place.menu !== 'SignOn') return null;
    // The read-back counts once the post-save prompt is answered (the admin may still be saving).
    if (locate(portalTarget('testLater'), doc)) return null;
    const saved = readBasicSamlCard(doc);
    if (!saved) return null;
    return compareSavedSaml(saved, profile).done ? 'done' : 'todo';
  },
  guide: ({ place, doc, profile }) => {
    if (place.kind === 'app' && place.menu !== 'SignOn')
      return { target: 'menuSignOn', hint: 'hint_menu_sign_on' };
    if (locate(portalTarget('testLater'), doc))
      return { target: 'testLater', hint: 'hint_test_later' };
    const copy = ['entityId', 'replyUrl'] as const;
    const pane = findBasicSamlPane(doc);
    if (pane) {
      const notes = readValidationProblems(pane).map(explainProblem);
      const plan = planBasicSaml(
        { identifier: readRows(pane.identifier), replyUrl: readRows(pane.replyUrl) },
        profile,
      );
      const filled =
        plan.identifier.action === 'keep' &&
        plan.replyUrl.action === 'keep' &&
        !plan.identifier.makeDefault &&
        !plan.replyUrl.makeDefault;
      return filled
        ? { target: 'save', hint: 'hint_save_basic_saml', copy, notes }
        : { hint: 'hint_fill_basic_saml', action: fillPane, copy, notes };
    }
    if (reactViewPaneOpen(doc)) return { hint: 'hint_in_pane', copy };
    if (place.kind !== 'app') return null;
    return { target: 'editBasicSaml', hint: 'hint_edit_basic_saml', copy };
  },
};

/** A context pane whose content is a ReactView iframe: the guide in that frame takes over. */
export function reactViewPaneOpen(doc: Document): boolean {
  return [...doc.querySelectorAll('iframe[name$=".ReactView"]')].some(
    (f) => f.getClientRects().length > 0,
  );
}
