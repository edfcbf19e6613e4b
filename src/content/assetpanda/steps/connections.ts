// The SSO page's list of connections: step `check-existing` reads it before anything is filled (a
// connection of the same name is never replaced without the admin's say), and step `read-back`
// reads it after Save to confirm the connection is listed as it was sent.

import { getRole } from 'dom-accessibility-api';
import { isVisible, labelElements, locate, normalizeText } from '../../dom/locate';
import { waitFor } from '../../dom/watch';
import { spokenText, PAGE_LOAD_MS } from '../find';
import { WORDS } from '../labels';
import { enableTypeWords, LOADING, locators } from '../locators';
import { wordsFor } from '../words';
import { DONE, failed, type StepRun, type TransferJob } from '../step';
import { openSsoPage } from './navigate';
import { saveOutcome } from './save';

export interface ListedConnection {
  name: string;
  enableType: string | null;
  domains: string[] | null;
  file: string | null;
}

/** The page says, where the list would be, that there are no connections yet. */
const saysNoConnections = () =>
  labelElements(document, wordsFor('no-connections', WORDS.noConnections.texts)).some(isVisible);

const CELL_ROLES = new Set(['cell', 'gridcell', 'rowheader', 'columnheader']);

/** A row's cells, whatever draws the table: `td`/`th`, or `role=gridcell` in a data grid. */
const cellsOf = (row: Element): Element[] =>
  Array.from(row.children).filter((cell) => CELL_ROLES.has(getRole(cell) ?? ''));

/**
 * The connections the table lists, once it has loaded; null while it loads or is not there. A
 * native table and an ARIA grid alike: DevExtreme's data grid splits its header row and its data
 * rows into two `table`s (docs/assetpanda-facts.md#toolkit), so rows are found by role.
 */
function listedConnections(): ListedConnection[] | null {
  const table = locate(locators().connectionsTable);
  // No list at all, but the page says there is none yet.
  if (!table) return saysNoConnections() ? [] : null;
  if (table.querySelector(LOADING)) return null;
  const rows = Array.from(table.querySelectorAll('tr, [role="row"]')).filter(
    (row) => getRole(row) === 'row',
  );
  const headerRow = rows.find((row) =>
    cellsOf(row).some((cell) => getRole(cell) === 'columnheader'),
  );
  if (!headerRow) return null;
  const headers = cellsOf(headerRow).map((cell) => normalizeText(spokenText(cell)));
  const column = (texts: readonly string[]) =>
    headers.findIndex((header) => texts.some((text) => normalizeText(text) === header));
  const nameAt = Math.max(0, column(WORDS.columnName.texts));
  const typeAt = column(WORDS.columnEnableType.texts);
  const domainsAt = column(WORDS.columnDomains.texts);
  const fileAt = column(WORDS.columnFile.texts);
  const text = (cell: Element | undefined) => (cell ? spokenText(cell).trim() : null);
  return rows
    .filter((row) => row !== headerRow)
    .map(cellsOf)
    .filter((cells) => cells.length === headers.length) // not the "No SSO connections yet" row
    .map((cells) => {
      const domainsCell = cells[domainsAt];
      const chips = domainsCell ? Array.from(domainsCell.querySelectorAll('li'), spokenText) : [];
      return {
        name: text(cells[nameAt]) ?? '',
        enableType: text(cells[typeAt]),
        // One chip per domain; a cell without chips lists none ("—") or all as plain text.
        domains: domainsCell
          ? (chips.length ? chips : (text(domainsCell) ?? '').split(/[\s,]+/))
              .map((domain) => domain.trim().toLowerCase())
              .filter((domain) => /^[a-z0-9.-]+\.[a-z0-9-]+$/.test(domain))
          : null,
        file: text(cells[fileAt]),
      };
    });
}

const sameName = (a: string, b: string) => normalizeText(a) === normalizeText(b);

export const checkExisting: StepRun = async ({ job, signal }) => {
  const listed = await waitFor(listedConnections, PAGE_LOAD_MS, signal);
  // Without the list there is no telling whether a connection would be replaced: ask, unless the
  // admin already said to go on.
  if (!listed)
    return job.replaceExisting ? DONE : failed('connections-unreadable', 'connections-table');
  const existing = listed.find((connection) => sameName(connection.name, job.connectionName));
  if (existing && !job.replaceExisting)
    return failed('connection-exists', undefined, existing.name);
  return DONE;
};

/** What differs between the listed connection and what was sent, in Asset Panda's words. */
function differences(listed: ListedConnection, job: TransferJob): string[] {
  const found: string[] = [];
  const wantedType = enableTypeWords(job.enableType);
  if (listed.enableType !== null && !wantedType.some((w) => sameName(w, listed.enableType ?? '')))
    found.push(`${WORDS.enableType.texts[0]}: ${listed.enableType}`);
  if (
    listed.domains !== null &&
    [...listed.domains].sort().join(',') !== [...job.domains].sort().join(',')
  )
    found.push(`${WORDS.columnDomains.texts[0]}: ${listed.domains.join(', ') || '—'}`);
  if (listed.file !== null && listed.file !== job.fileName)
    found.push(`${WORDS.metadataFile.texts[0]}: ${listed.file}`);
  return found;
}

export const readBack: StepRun = async (context) => {
  const { job, signal } = context;
  // Save may still be under way (the page was not reloaded); its outcome comes first.
  const saving = await saveOutcome(signal);
  if (saving.status === 'failed') return saving;
  const arrived = await openSsoPage(context);
  if (arrived.status === 'failed') return arrived;
  const listed = await waitFor(
    () => listedConnections()?.find((c) => sameName(c.name, job.connectionName)) ?? null,
    PAGE_LOAD_MS,
    signal,
  );
  if (!listed) return failed('not-confirmed');
  const wrong = differences(listed, job);
  return wrong.length ? failed('not-confirmed', undefined, wrong.join(' · ')) : DONE;
};
