// /settings/preferences/general
import { L } from '../labels.js';
import { card, definitionList } from './common.js';

export function mount(container) {
  container.append(
    card(
      L.general,
      definitionList([
        ['Date format', 'MM/DD/YYYY'],
        ['Time format', '12-hour'],
        ['Currency', 'US dollar ($)'],
        ['First day of the week', 'Sunday'],
        ['Language', 'English (United States)'],
      ]),
    ),
  );
}
