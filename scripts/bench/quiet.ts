// Waits until the machine is quiet before a timed run. On 2 cores, whatever the other browser is
// still doing after its own run (its last frames, an idle-time garbage collection) lands in the
// next run: measured, the side that ran second in a round came out ~5% slower, whichever it was.
// So each timed run starts only once the whole machine (every process, ours and others) has been
// nearly idle for a moment, read from /proc/stat; never later than `maxMs`.

import { readFileSync } from 'node:fs';

const SAMPLE_MS = 50;
/** Busy fraction of all CPUs below which the machine counts as quiet. */
const QUIET_FRACTION = 0.1;
/** Consecutive quiet samples needed. */
const QUIET_SAMPLES = 3;

function cpuTimes(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
  // cpu  user nice system idle iowait irq softirq steal ...
  const fields = line.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((sum, value) => sum + value, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { busy: total - idle, total };
}

/** Resolves with how long it waited, or with null when the machine never got quiet in `maxMs`. */
export async function waitForQuietMachine(maxMs = 3000): Promise<number | null> {
  let readable = true;
  try {
    cpuTimes();
  } catch {
    readable = false; // not Linux: nothing to read, so no wait either
  }
  if (!readable) return 0;
  const started = Date.now();
  let quiet = 0;
  let before = cpuTimes();
  while (Date.now() - started < maxMs) {
    await new Promise((done) => setTimeout(done, SAMPLE_MS));
    const now = cpuTimes();
    const total = now.total - before.total;
    const fraction = total > 0 ? (now.busy - before.busy) / total : 0;
    before = now;
    quiet = fraction < QUIET_FRACTION ? quiet + 1 : 0;
    if (quiet >= QUIET_SAMPLES) return Date.now() - started;
  }
  return null;
}
