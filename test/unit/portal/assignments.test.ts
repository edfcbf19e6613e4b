// @vitest-environment jsdom
// Assignments counted in either grid generation (reference 12): the older `.azc-grid` table
// (dialect a) and the `fxc-gc` div grid (dialect b); "unknown" (null), never "to do", when the
// grid cannot be read.

import { beforeAll, describe, expect, it } from 'vitest';
import { assignmentCount } from '../../../src/content/portal/steps/assign-users';
import { loadSnapshot, pretendLayout } from '../saml/dom-setup';

beforeAll(pretendLayout);

describe.each(['en', 'de'])('assignments (%s)', (lang) => {
  it.each(['a', 'b'] as const)('reads an empty grid as none (dialect %s)', (dialect) => {
    expect(assignmentCount(loadSnapshot('users-groups', lang, dialect))).toBe(0);
  });

  it('counts the div grid rows of an assigned app (dialect b)', () => {
    expect(assignmentCount(loadSnapshot('users-groups-assigned', lang, 'b'))).toBe(1);
  });

  it('counts table rows, not the header row', () => {
    const doc = loadSnapshot('users-groups', lang, 'a');
    const body = doc.querySelector('tbody')!;
    body.innerHTML =
      '<tr role="row"><td></td><td>Adele Vance</td><td>User</td><td>Default Access</td></tr>' +
      '<tr role="row"><td></td><td>Sales</td><td>Group</td><td>Default Access</td></tr>';
    expect(assignmentCount(doc)).toBe(2);
  });

  it.each(['a', 'b'] as const)(
    'says nothing while the grid shows neither rows nor a message (dialect %s)',
    (dialect) => {
      const doc = loadSnapshot('users-groups', lang, dialect);
      const grid = doc.querySelector('[role="grid"]')!;
      for (const row of grid.querySelectorAll('tbody tr, .fxc-gc-rows > *')) row.remove();
      expect(assignmentCount(doc)).toBeNull();
    },
  );

  it('says nothing on a page without the grid', () => {
    expect(assignmentCount(loadSnapshot('app-overview', lang))).toBeNull();
  });
});
