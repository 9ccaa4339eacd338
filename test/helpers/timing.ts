/** CPU time for the linearity tests, which compare ratios of sizes, never absolute limits. */

/** CPU milliseconds this process has used (user and system): another process's load does not count. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The least CPU time of `runs` runs of `f`: the run least disturbed. */
export function fastest(f: () => unknown, runs = 2): number {
  let t = Infinity;
  for (let i = 0; i < runs; i++) {
    const s = cpuMs();
    f();
    t = Math.min(t, cpuMs() - s);
  }
  return t;
}
