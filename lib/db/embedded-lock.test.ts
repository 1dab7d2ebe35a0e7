import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { acquireEmbeddedLock, INHERITED_LOCK_ENV, lockFileOf, type EmbeddedLock } from "./embedded-lock";

const LOCK_MODULE = fileURLToPath(new URL("./embedded-lock.ts", import.meta.url));

function dataDirIn(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), "galley-lock-")), "pglite");
}

/** A PID that certainly belonged to a process which has exited. */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ["-e", ""]);
  if (!pid) throw new Error("could not spawn");
  return pid;
}

const children: ChildProcess[] = [];
const locks: EmbeddedLock[] = [];

function take(dataDir: string, options: Parameters<typeof acquireEmbeddedLock>[1] = { purpose: "cli" }) {
  const outcome = acquireEmbeddedLock(dataDir, options);
  if (outcome.ok) locks.push(outcome.lock);
  return outcome;
}

/** Another process that takes the lock, says so, and holds it until killed. */
async function holderProcess(dataDir: string): Promise<ChildProcess> {
  const script = `const { acquireEmbeddedLock } = await import(${JSON.stringify(LOCK_MODULE)});
const outcome = acquireEmbeddedLock(${JSON.stringify(dataDir)}, { purpose: "server" });
console.log(outcome.ok ? "locked" : "refused");
setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) =>
      chunk.toString().includes("locked") ? resolve() : reject(new Error(chunk.toString())),
    );
    child.on("exit", (code) => reject(new Error(`holder exited with ${code}`)));
  });
  return child;
}

afterEach(() => {
  for (const lock of locks.splice(0)) lock.release();
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

describe("the embedded database lock", () => {
  it("writes this process's PID and purpose next to the data folder, without creating the folder", () => {
    const dataDir = dataDirIn();
    const outcome = take(dataDir);
    expect(outcome.ok).toBe(true);
    expect(lockFileOf(dataDir)).toBe(`${dataDir}.lock`);
    expect(readFileSync(`${dataDir}.lock`, "utf8")).toBe(`${process.pid}\ncli\n`);
    expect(existsSync(dataDir)).toBe(false);
    if (outcome.ok) outcome.lock.release();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it("is shared within one process and removed when the last holder releases it", () => {
    const dataDir = dataDirIn();
    const first = take(dataDir);
    const second = take(dataDir, { purpose: "server" });
    if (!first.ok || !second.ok) throw new Error("expected both to hold the lock");
    first.lock.release();
    first.lock.release();
    expect(existsSync(`${dataDir}.lock`)).toBe(true);
    second.lock.release();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it("is one per data folder", () => {
    const one = dataDirIn();
    const other = path.join(path.dirname(one), "other");
    writeFileSync(`${one}.lock`, `${process.ppid}\nserver\n`);
    expect(take(one).ok).toBe(false);
    expect(take(other).ok).toBe(true);
  });

  it("is refused while another process holds it, and taken over once that process is killed", async () => {
    const dataDir = dataDirIn();
    const holder = await holderProcess(dataDir);
    expect(take(dataDir)).toEqual({
      ok: false,
      file: `${dataDir}.lock`,
      holder: { pid: holder.pid, purpose: "server" },
    });
    const exited = new Promise((resolve) => holder.on("exit", resolve));
    holder.kill("SIGKILL");
    await exited;
    // SIGKILL leaves the lock file behind with a dead PID in it.
    expect(readFileSync(`${dataDir}.lock`, "utf8")).toBe(`${holder.pid}\nserver\n`);
    expect(take(dataDir).ok).toBe(true);
    expect(readFileSync(`${dataDir}.lock`, "utf8")).toBe(`${process.pid}\ncli\n`);
  });

  it("is removed when the process that holds it exits", () => {
    const dataDir = dataDirIn();
    const script = `const { acquireEmbeddedLock } = await import(${JSON.stringify(LOCK_MODULE)});
console.log(acquireEmbeddedLock(${JSON.stringify(dataDir)}, { purpose: "cli" }).ok);`;
    const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      encoding: "utf8",
    });
    expect(child.stdout).toBe("true\n");
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it.each([
    ["a dead PID", () => `${deadPid()}\nserver\n`],
    ["garbage", () => "not a pid\n"],
    ["an empty file", () => ""],
    ["PID 0, which kill() would read as a process group", () => "0\nserver\n"],
    ["this process's own PID, left by an earlier process", () => `${process.pid}\nserver\n`],
  ])("takes over a stale lock holding %s", (_name, content) => {
    const dataDir = dataDirIn();
    writeFileSync(`${dataDir}.lock`, content());
    expect(take(dataDir).ok).toBe(true);
    expect(readFileSync(`${dataDir}.lock`, "utf8")).toBe(`${process.pid}\ncli\n`);
  });

  it("lets the children of `npm start` share its lock without taking it from it", () => {
    const dataDir = dataDirIn();
    const parent = process.ppid;
    writeFileSync(`${dataDir}.lock`, `${parent}\nserver\n`);
    const inherited = take(dataDir, { purpose: "server", env: { [INHERITED_LOCK_ENV]: String(parent) } });
    expect(inherited.ok).toBe(true);
    if (inherited.ok) inherited.lock.release();
    expect(readFileSync(`${dataDir}.lock`, "utf8")).toBe(`${parent}\nserver\n`);
    // Anyone else is still refused.
    expect(take(dataDir, { purpose: "cli", env: {} })).toMatchObject({
      ok: false,
      holder: { pid: parent, purpose: "server" },
    });
  });

  it("does not remove a lock that another process took over after this one lost it", () => {
    const dataDir = dataDirIn();
    const outcome = take(dataDir);
    if (!outcome.ok) throw new Error("expected the lock");
    writeFileSync(`${dataDir}.lock`, `${process.ppid}\nserver\n`);
    outcome.lock.release();
    expect(readFileSync(`${dataDir}.lock`, "utf8")).toBe(`${process.ppid}\nserver\n`);
  });
});
