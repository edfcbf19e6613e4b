// "Create your own application" context pane (reference §4.3): "What's the name of your app?",
// `input[placeholder="Input name"]`, "What are you looking to do with your application?" with three
// radios (Non-gallery pre-selected), "Create" (`span.fxs-button-text`, disabled until a name is typed).
// Create makes the app and, after a delay, opens its ManagedAppMenuBlade Overview.

import { h, generatedId } from '../dom.js';
import { dialectB, isMissing, isRenamed } from '../env.js';
import { t } from '../labels.js';
import { observable } from '../ko.js';
import { server } from '../server.js';
import { hashFor } from '../routes.js';
import { textBox } from '../controls/text-box.js';
import { radioGroup } from '../controls/radio-group.js';
import { button } from '../controls/button.js';
import { formElement } from '../controls/b/form-element.js';

export function openCreateAppPane(shell) {
  return shell.openPane(
    (pane) => {
      pane.setTitle(t('createYourOwnApplication'));
      const name = observable('');
      const purpose = observable('nonGallery');
      const creating = observable(false);
      const nameLabel = generatedId();
      const purposeLabel = generatedId();

      const create = async () => {
        if (!name.peek().trim() || creating.peek()) return;
        if (purpose.peek() === 'register') {
          shell.closePane(pane);
          shell.navigate(
            '#view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade/quickStartType~/null/isMSAApp~/false',
          );
          return;
        }
        creating(true);
        shell.toast({
          title: t('addingApplication'),
          description: t('addingApplicationText', name.peek().trim()),
          kind: 'progress',
          duration: 3000,
        });
        const app = await server.createApp(name.peek());
        shell.toast({
          title: t('addedApplication'),
          description: t('addedApplicationText', app.displayName),
        });
        shell.closePane(pane);
        shell.navigate(hashFor.app(app, 'Overview'));
      };

      // §4.3: `input[placeholder="Input name"]`.
      const nameBox = (labelId) =>
        textBox({
          value: name,
          placeholder: t('inputName'),
          labelledBy: labelId,
          accessibleLabel: t('whatsTheNameOfYourApp'),
        });
      // §4.3: the three purposes, Non-gallery pre-selected.
      const purposeGroup = (labelId) =>
        radioGroup({
          value: purpose,
          labelledBy: labelId,
          options: [
            { value: 'appProxy', label: t('purposeAppProxy') },
            { value: 'register', label: t('purposeRegister') },
            { value: 'nonGallery', label: t('purposeNonGallery') },
          ],
        });

      pane.content.append(
        h(
          'div',
          { class: 'fxs-contextpane-body msportalfx-form' },
          h('p', { class: 'msportalfx-text-regular' }, t('createAppIntro')),
          dialectB
            ? // Dialect B (§4.3 words, §12 markup): label and control tied only by `aria-labelledby`.
              [
                formElement({ label: t('whatsTheNameOfYourApp'), control: nameBox }),
                formElement({ label: t('whatAreYouLookingToDo'), control: purposeGroup }),
              ]
            : [
                h(
                  'div',
                  { class: 'msportalfx-form-formelement' },
                  h(
                    'label',
                    { class: 'azc-form-label', id: nameLabel },
                    t('whatsTheNameOfYourApp'),
                  ),
                  nameBox(nameLabel),
                ),
                h(
                  'div',
                  { class: 'msportalfx-form-formelement' },
                  h(
                    'div',
                    { class: 'azc-form-label', id: purposeLabel },
                    t('whatAreYouLookingToDo'),
                  ),
                  purposeGroup(purposeLabel),
                ),
              ],
        ),
        h(
          'div',
          { class: 'fxs-contextpane-footer' },
          button({
            text: t(isRenamed('create') ? 'add' : 'create'),
            primary: true,
            missing: isMissing('create'),
            enabled: () => Boolean(name().trim()) && !creating(),
            onClick: create,
          }),
        ),
      );
    },
    { size: 'small' },
  );
}
