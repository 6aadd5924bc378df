// GitHub calls per gate: the common case (one page of comments, the gate's
// comment already there) and a busy PR with 500 comments. The token is a
// GitHub Actions one (ghs_…), whose login the fake gives as github-actions[bot],
// the author of the earlier comment: the gate finds it as its own and edits it.

import { aegisRun } from '../../sim/fixtures/aegis.ts';
import { startGitHubFake } from '../../sim/github-fake.ts';
import { runAction } from '../../sim/run-action.ts';
import { startVendorSim } from '../../sim/vendor-sim.ts';

async function callsWith(otherComments: number): Promise<number> {
  const sim = await startVendorSim();
  const github = await startGitHubFake();
  try {
    for (let i = 0; i < otherComments; i += 1) github.addComment(`comment ${i}`, 'User');
    github.addComment('<!-- eval-gate:bench -->\nan earlier result');
    sim.script('/api/v1/runs/1', [{ json: aegisRun() }]);
    await runAction({
      inputs: {
        provider: 'aegis',
        'run-id': '1',
        'api-key': 'k',
        'github-token': 'ghs_bench',
        name: 'bench',
        'base-url': `${sim.url}/api/v1`,
      },
      env: { GITHUB_API_URL: github.apiUrl, GITHUB_EVENT_NAME: 'pull_request' },
      event: { pull_request: { number: 7, head: { sha: 'abc' } } },
    });
    return github.calls.length;
  } finally {
    await sim.close();
    await github.close();
  }
}

export async function measureGitHubCalls() {
  return { common: await callsWith(3), busy: await callsWith(500) };
}
