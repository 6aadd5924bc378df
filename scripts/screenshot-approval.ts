// The sticky comment after an approval, as the built action writes it: a
// failing push on pull_request, then `/eval-gate approve` by a writer on
// issue_comment, against the GitHub fake. For docs/approval.png.
import { runAction } from '../sim/run-action.ts';
import { playScenario } from '../sim/scenarios.ts';
import { startGitHubFake } from '../sim/github-fake.ts';
import { startVendorSim } from '../sim/vendor-sim.ts';
import { commentEvent } from '../test/helpers/comment-event.ts';

const SHA = '0123456789abcdef0123456789abcdef01234567';

export async function approvedComment(): Promise<string> {
  const sim = await startVendorSim();
  const github = await startGitHubFake();
  try {
    github.pulls.push({ number: 7, state: 'open', head: { sha: SHA, ref: 'feat', label: 'acme:feat' }, user: 'alice' });
    github.roles.set('wanda', 'maintain');
    const common = { provider: 'aegis', 'api-key': 'screenshot', 'github-token': 'ghs_screenshot', name: 'support-bot evals' };
    const env = { GITHUB_API_URL: github.apiUrl };
    const baseUrl = playScenario(sim, 'aegis', 'fail', '991');
    await runAction({
      inputs: { ...common, 'run-id': '991', 'base-url': baseUrl, 'poll-interval': '100ms', 'commit-status': 'always' },
      env: { ...env, GITHUB_EVENT_NAME: 'pull_request' },
      event: { pull_request: { number: 7, head: { sha: SHA } } },
    });
    const body = '/eval-gate approve the new answers cite the 2026 policy; the golden answers are stale';
    await runAction({ inputs: common, env: { ...env, GITHUB_EVENT_NAME: 'issue_comment' }, event: commentEvent({ body, login: 'wanda' }) });
    const sticky = github.comments.find((c) => c.body.startsWith('<!-- eval-gate:'));
    if (!sticky) throw new Error('the action wrote no sticky comment');
    return sticky.body;
  } finally {
    await github.close();
    await sim.close();
  }
}
