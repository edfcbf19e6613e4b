// Every measurement `npm run bench` makes, in the order it makes them. To add one, write a file
// in this folder that exports a `Measurement` (types.ts) and list it here; the harness gives it the
// rehearsal server and the two browsers, times it out, and prints its rows or why it failed.
//
// Measurements that need no browser come first, so they run on a quiet machine.

import { contentScriptSize } from './content-script-size';
import { fillIn } from './fill-in';
import { idleActivity } from './idle-activity';
import { metadataParsing } from './metadata';
import { portalMutations } from './portal-mutations';
import { targetToPointer } from './target-to-pointer';
import type { Measurement } from './types';

export const measurements: Measurement[] = [
  contentScriptSize,
  metadataParsing,
  portalMutations,
  idleActivity,
  targetToPointer,
  fillIn,
];
