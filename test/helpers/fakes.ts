import { after, before, beforeEach } from 'node:test';
import { type GitHubFake, startGitHubFake } from '../../sim/github-fake.ts';
import { startVendorSim, type VendorSim } from '../../sim/vendor-sim.ts';

export interface Fakes {
  sim: VendorSim;
  github: GitHubFake;
}

/**
 * What a GitHub test runs against: one vendor simulator for the file, its
 * requests forgotten before each test, and a fresh GitHub fake for each test,
 * both handed to `setup` (which a file uses to keep them in its own variables
 * and to add its pull requests); all closed when the file ends.
 */
export function fakesForEachTest(setup: (fakes: Fakes) => void): void {
  const fakes = {} as Fakes;
  before(async () => {
    fakes.sim = await startVendorSim();
  });
  beforeEach(async () => {
    await fakes.github?.close();
    fakes.github = await startGitHubFake();
    fakes.sim.requests.splice(0);
    setup(fakes);
  });
  after(async () => {
    await fakes.github?.close();
    await fakes.sim.close();
  });
}
