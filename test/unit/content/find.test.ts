// @vitest-environment jsdom
// The locator engine (src/content/dom/find.ts) on small pages made for each rule: roles and names
// by the W3C rules, ties by relation before proximity, proximity bounded by peer labels, a label
// matched on its own text, and certainty (exactly one visible match, or nothing).

import { beforeAll, describe, expect, it } from 'vitest';
import { find, findAll } from '../../../src/content/dom/find';
import { confirmed, type Names, type Target } from '../../../src/content/dom/target';
import { pretendLayout } from '../saml/dom-setup';

beforeAll(pretendLayout);

const words = (...texts: string[]): Names => ({ en: texts.map(confirmed) });
const NAME = words('Name');
const CITY = words('City');
const box: Target = {
  name: 'name box',
  roles: ['textbox'],
  relation: { label: NAME, peers: [CITY] },
};

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('find', () => {
  it('ties a control to its label by aria-labelledby, label[for], a wrapping label or aria-describedby', () => {
    for (const html of [
      '<div><span id="l">Name</span></div><input id="x" aria-labelledby="l"><span>City</span><input>',
      '<label for="x">Name</label><input><input id="x"><span>City</span>',
      '<label>Name <input id="x"></label><label>City <input></label>',
      '<input><div id="l">Name</div><input id="x" aria-describedby="l"><span>City</span><input>',
    ]) {
      expect(find(box, page(html))?.id, html).toBe('x');
    }
  });

  it('falls back to the first control after the label, never past the next field label', () => {
    const doc = page('<div>Name</div><input id="x"><input><div>City</div><input id="y">');
    expect(find(box, doc)?.id).toBe('x');
    // No control between "Name" and "City": nothing, not City's box.
    expect(find(box, page('<div>Name</div><div>City</div><input id="y">'))).toBeNull();
    // The last label of a flat group does not take whatever follows it.
    const last: Target = { ...box, relation: { label: CITY, peers: [NAME] } };
    expect(
      find(last, page('<div><div>Name</div><input><div>City</div></div><input id="z">')),
    ).toBeNull();
  });

  it('matches a label on its own text: required marker, balloon, spans, no space before "("', () => {
    const target: Target = {
      name: 'id',
      roles: ['textbox'],
      relation: { label: words('Identifier (Entity ID)') },
    };
    for (const label of [
      'Identifier (Entity ID)<span aria-hidden="true">*</span>',
      'Identifier (Entity ID) *<span role="img" aria-label="Help">ⓘ</span>',
      '<span>Identifier</span> <span>(Entity</span> <span>ID)</span>',
      'Identifier(Entity ID)',
      'Identifier（Entity ID）',
    ]) {
      expect(find(target, page(`<div>${label}</div><input id="x">`))?.id, label).toBe('x');
    }
    // Help text beside the label does not make another label of it.
    const doc = page(
      '<div><span>Identifier (Entity ID)</span><p>The unique ID of your app</p></div><input id="x">',
    );
    expect(find(target, doc)?.id).toBe('x');
    expect(
      find(target, page('<div>Identifier (Entity ID) of the old app</div><input>')),
    ).toBeNull();
  });

  it('finds by role and accessible name, whatever the markup', () => {
    const save: Target = { name: 'save', roles: ['button', 'menuitem'], names: words('Save') };
    for (const html of [
      '<button id="x">Save</button>',
      '<div role="button" id="x"><span>Sa</span><span>ve</span></div>',
      '<div role="button" id="x" aria-label="Save"><i class="icon"></i></div>',
      '<button id="x"><img alt="Save" src="data:,"></button>',
      '<button role="menuitem" id="x">Save</button>',
    ])
      expect(find(save, page(html))?.id, html).toBe('x');
    expect(find(save, page('<a href="#">Save</a>'))).toBeNull();
  });

  it('is certain or says nothing: two visible matches give none, hidden ones do not count', () => {
    const save: Target = { name: 'save', roles: ['button'], names: words('Save') };
    expect(find(save, page('<button>Save</button><button>Save</button>'))).toBeNull();
    expect(findAll(save, page('<button>Save</button><button>Save</button>'))).toHaveLength(2);
    expect(
      find(save, page('<button id="x">Save</button><div hidden><button>Save</button></div>'))?.id,
    ).toBe('x');
  });

  it('trusts a hint first, and lets the names pick when it matches several', () => {
    const tile: Target = { name: 'tile', roles: ['button'], names: words('SAML'), hint: '.tile' };
    const doc = page(
      '<div role="button" aria-label="SAML" id="x"><div class="tile">SAML</div></div>' +
        '<div role="button" aria-label="Linked"><div class="tile">Linked</div></div>',
    );
    expect(find(tile, doc)?.id).toBe('x');
  });
});
