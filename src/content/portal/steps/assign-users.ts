import { locate } from '../../dom/locate';
import { isVisible } from '../../dom/visible';
import { portalTarget } from '../site/locators';
import type { GuideStepModule } from './types';

const GRID = '[role="grid"], table';
const ROW = 'tr, [role="row"]';
const CELL = 'td, [role="gridcell"], [role="cell"]';
const HEADER = 'th, [role="columnheader"]';

/**
 * Assignments listed in the Users and groups grid, in either grid generation (docs/portal-facts.md#users-and-groups: the
 * `.azc-grid` table with `tr` rows, or the `fxc-gc` div grid with `role=row`): its rows that hold
 * cells, not column headers. Zero only when the grid says it is empty (a message where the rows
 * would be); null when the grid cannot be read (none, several, or nothing in it yet): the step
 * then stays unknown rather than "to do".
 */
export function assignmentCount(doc: Document): number | null {
  const grids = [...doc.querySelectorAll(GRID)].filter(
    (grid) => isVisible(grid) && grid.querySelector(HEADER) && !grid.parentElement?.closest(GRID),
  );
  if (grids.length !== 1) return null;
  const grid = grids[0]!;
  const rows = [...grid.querySelectorAll(ROW)].filter(
    (row) => !row.querySelector(HEADER) && row.querySelectorAll(CELL).length > 1,
  );
  if (rows.length) return rows.length;
  const headerText = [...grid.querySelectorAll(HEADER)].map((h) => h.textContent ?? '').join('');
  const saysEmpty = (grid.textContent ?? '').trim().length > headerText.trim().length;
  return saysEmpty ? 0 : null;
}

export const assignUsers: GuideStepModule = {
  observe: ({ place, doc }) => {
    if (place.kind !== 'app' || place.menu !== 'Users') return null;
    const count = assignmentCount(doc);
    if (count === null) return null;
    return count > 0 ? 'done' : 'todo';
  },
  guide: ({ place, doc }) => {
    if (place.kind === 'add-assignment') {
      if (locate(portalTarget('pickerSelect'), doc))
        return { target: 'pickerSelect', hint: 'hint_picker_select' };
      const assign = locate(portalTarget('assign'), doc);
      if (assign && assign.getAttribute('aria-disabled') !== 'true')
        return { target: 'assign', hint: 'hint_assign' };
      return { target: 'noneSelected', hint: 'hint_none_selected' };
    }
    if (place.kind !== 'app') return null;
    if (place.menu !== 'Users') return { target: 'menuUsers', hint: 'hint_menu_users' };
    return { target: 'addUserGroup', hint: 'hint_add_user_group' };
  },
};
