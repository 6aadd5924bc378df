// Renders docs/comment.png: the PR comment of a failing, sampled run, as the
// built action writes it, laid out in GitHub's markdown style and captured
// with headless Chromium (shoot.ts), with a trend of two earlier pushes; and docs/approval.png, the comment after
// an approval. Re-run after changing the report: npm run screenshot
import { fileURLToPath } from 'node:url';
import { runAction } from '../sim/run-action.ts';
import { playScenario } from '../sim/scenarios.ts';
import { startVendorSim } from '../sim/vendor-sim.ts';
import { trendLine, withTrend } from '../src/report/github/trend-data.ts';
import { approvedComment } from './screenshot-approval.ts';
import { shootComment } from './shoot.ts';

const output = fileURLToPath(new URL('../docs/comment.png', import.meta.url));

const sim = await startVendorSim();
const baseUrl = playScenario(sim, 'aegis', 'fail', '991');
const result = await runAction({
  inputs: {
    provider: 'aegis',
    'run-id': '991',
    'api-key': 'screenshot',
    'base-url': baseUrl,
    'poll-interval': '100ms',
    'sample-rate': '0.9',
    name: 'support-bot evals',
  },
});
await sim.close();

// The comment as the third push of a simulated PR shows it: the trend of the
// two pushes before (scores 78 and 72.5 on this sim's scale) above the footer.
const earlier = trendLine([
  { sha: '3f2a9c1d0b7e', score: 78, verdict: 'pass' },
  { sha: '8e41d07a5c2b', score: 72.5, verdict: 'pass' },
]);
const comment = withTrend(result.summary, earlier, { sha: '0123456789ab', score: Number(result.outputs.score), verdict: 'fail' }).body;
shootComment(comment, output, 1050);
// The comment after an approval (README "Reviewing and approving").
shootComment(await approvedComment(), fileURLToPath(new URL('../docs/approval.png', import.meta.url)), 560);
