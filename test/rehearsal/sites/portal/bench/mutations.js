// A busy blade for `npm run bench`: 20,000 DOM mutations of portal-like markup (grid rows added and
// removed, selection and busy states toggled, cells re-rendered), the same sequence on every run
// (seeded), timed by the page itself with performance.now().
//
// Each mutation is one DOM call that yields exactly one MutationRecord to an observer of the whole
// document (childList + attributes + characterData + subtree), so "20,000 mutations" is what any
// observer in the content script is shown. The work comes in tasks of 200 mutations, each split
// into microtask chunks of 50 (as promise-driven frameworks do), so observer callbacks run between
// chunks. Each task runs in an animation frame, as a grid that renders in step with the screen
// does, and ends by reading the layout (as the portal's virtualised grids do to size their rows):
// one task, one style and layout pass, one frame painted.
//
// That fixes the page's rendering work: 100 frames for the 20,000. Paced any other way (tasks
// chained through MessageChannel, say), the browser paints whenever its frame clock ticks, so the
// frames painted, and the CPU time with them, grow with the wall time the run happened to take, and
// so with whatever else the machine was doing. The bench compares main-thread CPU time, which
// counts anything the extension runs between frames as much as within them.

const TOTAL = 20_000;
const PER_TASK = 200;
const PER_CHUNK = 50;
const MIN_ROWS = 60;
const MAX_ROWS = 140;

const menu = document.querySelector('.fxc-menu-listView');
const commands = document.querySelector('.fxs-commandBar ul');
const body = document.querySelector('.azc-grid-groupdata');

/** mulberry32: a small seeded generator, so both browsers replay the very same mutations. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

let serial = 0;
/** A row as the portal's Knockout grid renders it (reference/azure-portal.md, grids). */
function row() {
  serial += 1;
  const name = `Contoso app ${serial}`;
  const id = `${String(serial).padStart(8, '0')}-4b91-86c3-bda5-8288ece0a1b2`;
  return h(
    'tr',
    { class: 'azc-grid-row', role: 'row', 'aria-label': name, 'aria-selected': 'false' },
    h(
      'td',
      { class: 'azc-grid-selectColumn', role: 'gridcell' },
      h('div', {
        class: 'azc-checkBox',
        role: 'checkbox',
        'aria-checked': 'false',
        tabindex: '-1',
      }),
    ),
    h(
      'td',
      { class: 'azc-grid-cell', role: 'gridcell' },
      h(
        'div',
        { class: 'ext-ad-app-name', 'data-bind': 'text: displayName' },
        h('span', { class: 'fxs-icon', 'aria-hidden': 'true' }),
        h('a', { class: 'fxs-link', href: '#' }, name),
      ),
    ),
    h('td', { class: 'azc-grid-cell', role: 'gridcell' }, id),
    h('td', { class: 'azc-grid-cell', role: 'gridcell' }, 'Enterprise Application'),
    h('td', { class: 'azc-grid-cell', role: 'gridcell' }, '1/1/2026'),
  );
}

function initialState() {
  for (let i = 0; i < 30; i += 1) {
    menu.append(
      h(
        'div',
        {
          class: 'fxc-menu-listView-item',
          role: 'treeitem',
          'data-telemetryname': `Menu-item${i}`,
        },
        `Menu item ${i}`,
      ),
    );
  }
  // As the portal draws a command (reference §8, and the rehearsal's controls/command-bar.js): the
  // button holds the text, and it is the button whose aria-disabled changes.
  for (const label of ['New application', 'Refresh', 'Download', 'Preview features', 'Columns']) {
    commands.append(
      h(
        'li',
        { class: 'azc-toolbar-item azc-toolbarButton fxs-commandBar-item', role: 'presentation' },
        h(
          'div',
          {
            class: 'azc-toolbarButton-container fxs-commandBar-item-buttoncontainer',
            role: 'button',
            tabindex: '0',
            'aria-label': label,
            'aria-disabled': 'false',
          },
          h('div', { class: 'azc-toolbarButton-label fxs-commandBar-item-text' }, label),
        ),
      ),
    );
  }
  for (let i = 0; i < 100; i += 1) body.append(row());
}

/** One mutation, chosen by `random`; each produces exactly one MutationRecord. */
function mutate(random) {
  const rows = body.rows;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const r = random();
  if ((r < 0.25 && rows.length < MAX_ROWS) || rows.length <= MIN_ROWS) {
    body.insertBefore(row(), rows[Math.floor(random() * rows.length)] ?? null);
  } else if (r < 0.45) {
    pick(rows).remove();
  } else if (r < 0.55) {
    const target = pick(rows);
    target.setAttribute('aria-selected', String(target.getAttribute('aria-selected') !== 'true'));
  } else if (r < 0.65) {
    pick(rows).classList.toggle('azc-grid-row-busy');
  } else if (r < 0.72) {
    pick(menu.children).classList.toggle('fxs-selected');
  } else if (r < 0.8) {
    const button = pick(commands.children).firstElementChild;
    button.setAttribute('aria-disabled', String(button.getAttribute('aria-disabled') !== 'true'));
  } else if (r < 0.9) {
    pick(rows).cells[2].firstChild.data = `updated ${Math.floor(random() * 1e6)}`;
  } else {
    pick(rows).cells[4].textContent = `${1 + Math.floor(random() * 12)}/1/2026`;
  }
}

const nextTask = () => new Promise((resolve) => window.requestAnimationFrame(() => resolve()));

/**
 * Runs the 20,000 mutations once and resolves with the elapsed milliseconds. With `countRecords`,
 * the page watches itself too and reports how many records an observer of the document saw (a
 * check that the workload is what it says, run outside the timed rounds).
 */
async function run({ countRecords = false } = {}) {
  let records = 0;
  const observer = countRecords ? new MutationObserver((list) => (records += list.length)) : null;
  observer?.observe(document, {
    childList: true,
    attributes: true,
    characterData: true,
    subtree: true,
  });
  const random = generator(20_000);
  const start = window.performance.now();
  for (let done = 0; done < TOTAL;) {
    await nextTask();
    for (let chunk = 0; chunk < PER_TASK / PER_CHUNK; chunk += 1) {
      for (let i = 0; i < PER_CHUNK; i += 1) mutate(random);
      done += PER_CHUNK;
      await Promise.resolve();
    }
    // Measure the blade after each task, as a virtualised grid does (see the note at the top).
    void document.body.offsetHeight;
  }
  const elapsedMs = window.performance.now() - start;
  if (observer) records += observer.takeRecords().length;
  observer?.disconnect();
  return { elapsedMs, mutations: TOTAL, records: observer ? records : null };
}

initialState();
window.portalBench = { run };
