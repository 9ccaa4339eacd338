/**
 * `npm run fuzz`: the long fuzz run (default 100 000 cases: half random documents, half mutated fixtures)
 * through parse, repair and normalize. Options: FUZZ_RUNS=N, FUZZ_SEED=N. Reports the slowest case, and
 * fails on any exception (fast-check shrinks it to a small counterexample) or on a case slower than
 * FUZZ_SLOW_MS (default 5000 ms, plus 5 ms per kB of input: a hang or catastrophic backtracking).
 */
import fc from 'fast-check';
import { mutatedDoc, pipelineHoldsSafe, randomDoc } from '../test/fuzz-arbitraries.js';

const total = Number(process.env.FUZZ_RUNS ?? 100_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const slowMs = Number(process.env.FUZZ_SLOW_MS ?? 5000);
console.log(`fuzz: ${total} cases, seed ${seed}`);
let failed = false;
for (const [name, arb] of [['random', randomDoc], ['mutated', mutatedDoc]] as const) {
  const runs = Math.ceil(total / 2);
  let i = 0;
  let worst = { ms: 0, size: 0 };
  const t0 = performance.now();
  try {
    fc.assert(
      fc.property(arb as fc.Arbitrary<string | Uint8Array>, (input) => {
        const s = performance.now();
        pipelineHoldsSafe(input);
        const ms = performance.now() - s;
        if (ms > worst.ms) worst = { ms, size: input.length };
        // A hang detector, not a speed test: the allowance grows with the input (5 ms per kB on top).
        if (ms > slowMs + input.length / 200) throw new Error(`slow: ${ms.toFixed(0)} ms for ${input.length} characters/bytes`);
        if (++i % 5000 === 0) process.stderr.write(`  ${name}: ${i}/${runs}\r`);
      }),
      { numRuns: runs, seed },
    );
    console.log(`${name}: ${runs} cases passed in ${((performance.now() - t0) / 1000).toFixed(1)} s; slowest ${worst.ms.toFixed(0)} ms (${worst.size} chars)`);
  } catch (err) {
    failed = true;
    console.log(`${name}: FAILED\n${(err as Error).message}`);
  }
}
process.exitCode = failed ? 1 : 0;
