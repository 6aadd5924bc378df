#!/usr/bin/env node
// The eval-gate CLI: the action's bundle (../index.js), told to run src/cli.ts. Written by scripts/build.ts.
globalThis[Symbol.for('eval-gate.cli')] = true;
await import('../index.js');
