import { readdirSync, readFileSync } from "node:fs";

/**
 * The resident memory of the Galley server serving `port`, read from /proc: the process
 * running scripts/serve.ts with that PORT. Null where /proc is not there to read.
 */
export function serverRssBytes(port: number): number | null {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/u.test(name));
  } catch {
    return null;
  }
  for (const pid of entries) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!command.includes("scripts/serve.ts")) continue;
      if (!readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(`PORT=${port}`)) continue;
      const rss = /^VmRSS:\s+(\d+) kB$/mu.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      return rss ? Number(rss[1]) * 1024 : null;
    } catch {
      // The process ended while being read, or is not ours to read.
    }
  }
  return null;
}
