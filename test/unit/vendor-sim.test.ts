import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startVendorSim, type VendorSim } from '../../sim/vendor-sim.ts';

let sim: VendorSim;
before(async () => {
  sim = await startVendorSim();
});
after(() => sim.close());

const answers = async (path: string, times: number): Promise<unknown[]> => {
  const got = [];
  for (let i = 0; i < times; i += 1) got.push(await (await fetch(`${sim.url}${path}`)).json());
  return got;
};

describe('the vendor simulator', () => {
  it('plays one step a request, the last repeating', async () => {
    sim.script('/a', [{ json: 1 }, { json: 2 }]);
    assert.deepEqual(await answers('/a', 3), [1, 2, 2]);
  });

  it('holds a timed step until it is due, the step before repeating, however often it is polled', async () => {
    sim.script('/b', [{ json: 1 }, { json: 2, notBeforeMs: 600_000 }, { json: 3 }]);
    assert.deepEqual(await answers('/b', 3), [1, 1, 1]);
  });

  it('passes by every timed step already due, as a run that moved on while nobody polled', async () => {
    sim.script('/c', [{ json: 1 }, { json: 2, notBeforeMs: 0 }, { json: 3, notBeforeMs: 0 }, { json: 4, notBeforeMs: 600_000 }]);
    assert.deepEqual(await answers('/c', 3), [1, 3, 3]);
  });
});
