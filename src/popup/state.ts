// What the popup shows, as the background answers `state/get`: its own module so that the
// popup's sections can take it without importing the App that renders them.

import type { RequestResults } from '../core/messages';

export type PopupState = RequestResults['state/get'];
