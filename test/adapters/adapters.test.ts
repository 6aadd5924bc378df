// Every adapter, in-process and in virtual time: the conformance suite, then the vendor's quirks.
// The built dist/ keeps a smaller end-to-end set (test/e2e/conformance.test.ts).
import type { ProviderName } from '../../src/model.ts';
import { PROVIDER_NAMES } from '../../src/providers/index.ts';
import { avidoQuirks } from './avido.ts';
import { conformance, type Quirks } from './conformance.ts';
import { eigenpalQuirks } from './eigenpal.ts';
import { humanloopQuirks } from './humanloop.ts';
import { RECORD_KEY_QUIRKS } from './record-keys.ts';
import { runtypeQuirks } from './runtype.ts';

/**
 * Each vendor's own cases, beside the shared suite. A vendor added to the table
 * runs the suite without one; Aegis's own cases run through the built action
 * (test/e2e/aegis.test.ts).
 */
const QUIRKS: Partial<Record<ProviderName, Quirks>> = {
  eigenpal: eigenpalQuirks,
  avido: avidoQuirks,
  runtype: runtypeQuirks,
  humanloop: humanloopQuirks,
};

for (const vendor of PROVIDER_NAMES) {
  conformance(vendor, (t) => {
    QUIRKS[vendor]?.(t);
    RECORD_KEY_QUIRKS[vendor]?.(t);
  });
}
