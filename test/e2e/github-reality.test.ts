// A GitHub API that never answers, through the built action: SIGTERM cuts the hung request off at
// once, with the verdict kept. The rest of GitHub's behaviour is tested in-process: test/github/.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { aegisRun } from '../../sim/fixtures/aegis.ts';
import { startVendorSim, type VendorSim } from '../../sim/vendor-sim.ts';
import { gate } from '../helpers/gate.ts';
import { runEvent } from '../helpers/github-events.ts';

let sim: VendorSim;
let hung: Server;
let apiUrl = '';
let seen = 0;
before(async () => {
  sim = await startVendorSim();
  sim.script('/api/v1/runs/991', [{ json: aegisRun({ result: 90 }) }]);
  hung = createServer(() => (seen += 1));
  await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(hung.address() as AddressInfo).port}`;
});
after(async () => {
  hung.closeAllConnections();
  hung.close();
  await sim.close();
});

describe('a GitHub API that never answers, through the built action (9)', () => {
  it('stops the hung request on SIGTERM instead of waiting out its timeout, and keeps the verdict', async () => {
    let signalled = false;
    const result = await gate(
      sim,
      'aegis',
      { name: 'evals' },
      {
        env: { GITHUB_API_URL: apiUrl, GITHUB_EVENT_NAME: 'workflow_run' },
        event: runEvent(),
        onStart: (child) => {
          const wait = setInterval(() => {
            if (seen >= 1) {
              clearInterval(wait);
              signalled = child.kill('SIGTERM');
            }
          }, 20);
        },
      },
    );
    assert.ok(signalled, 'the hung request was seen and the action signalled');
    assert.equal(result.outputs.verdict, 'pass');
    // Cut off by the signal: a request left to its timeout would say "did not answer … within 10s".
    assert.match(
      result.stdout,
      /::warning::eval-gate: the commit status skipped: POST \/repos\/acme\/widgets\/statuses\/\w+ cut off: the job was cancelled/,
    );
    assert.doesNotMatch(result.stdout, /within 10s/);
  });
});
