import { locate } from '../../dom/locate';
import { PORTAL } from '../site/locators';
import type { StepFeature } from './types';

/** Rows of the assignments grid (reference 4.1/4.8: `.azc-grid-multiselectable tr[aria-label]`). */
function assignmentCount(doc: Document): number | null {
  const grid = doc.querySelector('.azc-grid-multiselectable, [role="grid"]');
  if (!grid) return null;
  return grid.querySelectorAll('tbody tr[aria-label], tbody tr[aria-selected]').length;
}

export const assignUsers: StepFeature = {
  id: 'assign-users',
  observe: ({ place, doc }) => {
    if (place.kind !== 'app' || place.menu !== 'Users') return null;
    const count = assignmentCount(doc);
    if (count === null) return null;
    return count > 0 ? 'done' : 'todo';
  },
  guide: ({ place, doc }) => {
    if (place.kind === 'add-assignment') {
      if (locate(PORTAL.pickerSelect, doc))
        return { target: 'pickerSelect', hint: 'hint_picker_select' };
      const assign = locate(PORTAL.assign, doc);
      if (assign && assign.getAttribute('aria-disabled') !== 'true')
        return { target: 'assign', hint: 'hint_assign' };
      return { target: 'noneSelected', hint: 'hint_none_selected' };
    }
    if (place.kind !== 'app') return null;
    if (place.menu !== 'Users') return { target: 'menuUsers', hint: 'hint_menu_users' };
    return { target: 'addUserGroup', hint: 'hint_add_user_group' };
  },
};
