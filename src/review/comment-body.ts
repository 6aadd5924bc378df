// The gate's sticky comment after a person's command: the decision's hidden line and block in place of the last ones.
import { awaitingBlock, decisionBlock, placeBlock } from './block.ts';
import { type Decision, decisionLine, type GateState, withHeaderLines, withoutDecision } from './record.ts';

/** `decision` null: withdrawn, so the comment says again what the rules (or a held review) say. */
export function commentWithDecision(body: string, state: GateState, decision: Decision | null): string {
  const clean = withoutDecision(body);
  const withLine = decision ? withHeaderLines(clean, [decisionLine(decision)]) : clean;
  const block = decision ? decisionBlock(decision) : state.held && state.verdict === 'pass' ? awaitingBlock() : null;
  return block ? placeBlock(withLine, block) : withLine;
}
