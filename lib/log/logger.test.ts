import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";

function capture() {
  const stream = new PassThrough();
  let output = "";
  stream.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  return { stream, text: () => output };
}

describe("createLogger", () => {
  it("writes one JSON object per line, with its level, message, fields and an error's stack", () => {
    const out = capture();
    const log = createLogger({ GALLEY_LOG_FORMAT: "json", GALLEY_LOG_LEVEL: "info" }, out.stream);
    log.info({ reqId: "r1", route: "/en", status: 200, ms: 12 }, "request");
    log.error({ err: new Error("boom") }, "request failed");
    log.debug("not at this level");
    const lines = out
      .text()
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      level: 30,
      msg: "request",
      reqId: "r1",
      route: "/en",
      status: 200,
      ms: 12,
      service: "galley",
    });
    expect(lines[1]).toMatchObject({ level: 50, msg: "request failed", err: { type: "Error", message: "boom" } });
    expect(String((lines[1]?.err as { stack: string }).stack)).toContain("logger.test.ts");
  });

  it("writes a readable line for a person, with the level in words", () => {
    const out = capture();
    createLogger({ GALLEY_LOG_FORMAT: "text", GALLEY_LOG_LEVEL: "debug" }, out.stream).warn(
      { status: 503 },
      "not ready",
    );
    expect(out.text()).toMatch(/^\[\d\d:\d\d:\d\d\] WARN: not ready \{"status":503\}\n$/u);
  });
});
