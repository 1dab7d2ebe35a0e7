import pino, { type Logger } from "pino";
import pretty from "pino-pretty";
import { readConfig, type GalleyConfig } from "../config/config";

export type { Logger };

type LogSettings = Pick<GalleyConfig, "GALLEY_LOG_FORMAT" | "GALLEY_LOG_LEVEL">;

/**
 * A structured logger: one JSON object per line with GALLEY_LOG_FORMAT=json, for a log
 * collector; otherwise one readable line per event, for a person at a terminal.
 */
export function createLogger(settings: LogSettings, destination: NodeJS.WritableStream = process.stdout): Logger {
  const options = { level: settings.GALLEY_LOG_LEVEL, base: { service: "galley" } };
  if (settings.GALLEY_LOG_FORMAT === "json") return pino(options, destination as pino.DestinationStream);
  const colorize = "isTTY" in destination && destination.isTTY === true;
  return pino(
    options,
    pretty({
      sync: true,
      colorize,
      destination,
      ignore: "pid,hostname,service",
      translateTime: "SYS:HH:MM:ss",
      singleLine: true,
    }),
  );
}

const holder = globalThis as typeof globalThis & { galleyLogger?: Logger };

/** The process's logger, from its environment (validated at start, so the defaults only cover tools). */
export function logger(): Logger {
  if (!holder.galleyLogger) {
    const config = readConfig();
    holder.galleyLogger = createLogger(
      config.ok ? config.config : { GALLEY_LOG_FORMAT: "text", GALLEY_LOG_LEVEL: "info" },
    );
  }
  return holder.galleyLogger;
}
