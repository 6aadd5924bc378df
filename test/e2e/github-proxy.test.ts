// package.json's `overrides` gives @actions/github and @actions/http-client,
// which declare undici 6, the undici 8 eval-gate uses. They call two parts of
// it: `fetch` for every GitHub request, and `ProxyAgent` (built by
// http-client's getAgentDispatcher with `uri`, `pipelining` and a Basic `token`)
// when the runner sets a proxy. These runs of the built action go through both.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { aegisRun } from '../../sim/fixtures/aegis.ts';
import { type GitHubFake, startGitHubFake } from '../../sim/github-fake.ts';
import { startProxyFake } from '../../sim/proxy-fake.ts';
import { startVendorSim, type VendorSim } from '../../sim/vendor-sim.ts';
import { gate } from '../helpers/gate.ts';

const MARKER = '<!-- eval-gate:aegis/CI/evals -->';
const PR_EVENT = { pull_request: { number: 7, head: { sha: 'feedfacefeedfacefeedfacefeedfacefeedface' } } };
// Not loopback, which @actions/http-client never proxies; only the proxy knows where it is.
const GITHUB_HOST = 'github.test';

let sim: VendorSim;
let github: GitHubFake;
before(async () => {
  sim = await startVendorSim();
  github = await startGitHubFake();
});
after(async () => {
  await sim.close();
  await github.close();
});

describe('GitHub through the runner proxy, on the undici the overrides give @actions/github', () => {
  it('comments and sets the commit status through HTTP_PROXY, with the credentials it names', async () => {
    const proxy = await startProxyFake({ [GITHUB_HOST]: '127.0.0.1' });
    try {
      sim.script('/api/v1/runs/991', [{ json: aegisRun() }]);
      const proxyUrl = new URL(proxy.url);
      proxyUrl.username = 'runner';
      proxyUrl.password = 'p@ss';
      const apiUrl = new URL(github.apiUrl);
      apiUrl.hostname = GITHUB_HOST;
      const result = await gate(
        sim,
        'aegis',
        { 'commit-status': 'always' },
        {
          // The vendor goes direct (NO_PROXY), so everything the proxy sees is GitHub's.
          env: {
            GITHUB_API_URL: apiUrl.href.replace(/\/$/, ''),
            GITHUB_EVENT_NAME: 'pull_request',
            HTTP_PROXY: proxyUrl.href,
            NO_PROXY: '127.0.0.1',
          },
          event: PR_EVENT,
        },
      );
      assert.equal(result.outputs.verdict, 'pass', result.stdout);
      assert.equal(github.comments.filter((c) => c.body.startsWith(MARKER)).length, 1, result.stdout);
      assert.ok(github.statuses.length > 0, 'a commit status was set');
      assert.doesNotMatch(result.stdout, /skipped/);
      assert.ok(proxy.seen.length > 0, 'GitHub was reached through the proxy');
      for (const line of proxy.seen) assert.ok(line.includes(`${GITHUB_HOST}:${apiUrl.port}`), line);
      const basic = `Basic ${Buffer.from('runner:p@ss').toString('base64')}`;
      assert.deepEqual(new Set(proxy.authorizations), new Set([basic]));
    } finally {
      await proxy.close();
    }
  });
});
