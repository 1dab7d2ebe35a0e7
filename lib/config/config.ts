import { z } from "zod";

/**
 * Every setting Galley reads from its environment, validated once at start: a bad value
 * stops the start with a message that names the variable, rather than quietly becoming a
 * default. The README's Configuration table lists the same variables.
 */

const MiB = 1024 * 1024;

function wholeNumber(what: string, min: number, max: number) {
  return z
    .string()
    .trim()
    .regex(/^\d+$/u, `must be a whole number (${what}), from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
}

function decimalNumber(what: string, min: number, max: number) {
  return z
    .string()
    .trim()
    .regex(/^\d+(?:\.\d+)?$/u, `must be a number (${what}), from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const configSchema = z.object({
  PORT: wholeNumber("a TCP port", 1, 65_535).default(3000),
  DATABASE_URL: z
    .string()
    .trim()
    .refine(
      (url) => /^postgres(?:ql)?:\/\//u.test(url) && URL.canParse(url),
      "must be a postgres:// or postgresql:// URL",
    )
    .optional(),
  GALLEY_DATA_DIR: z.string().trim().min(1).optional(),
  GALLEY_TIME_ZONE: z.string().trim().refine(isTimeZone, "must be an IANA time zone such as Europe/Madrid").optional(),
  GALLEY_DEMO_PASSWORD: z.string().min(8, "must be at least 8 characters").optional(),
  GALLEY_MAX_IMPORT_BYTES: wholeNumber("of bytes", 1, 1024 * MiB).default(5 * MiB),
  GALLEY_TRUSTED_PROXIES: wholeNumber("of proxies", 0, 10).default(0),
  GALLEY_IMPORT_TIME_LIMIT: decimalNumber("of seconds", 0.1, 600).default(20),
  GALLEY_IMPORT_MEMORY_MB: wholeNumber("of megabytes", 32, 16_384).default(256),
  GALLEY_HTTPS: z.enum(["0", "1"], "must be 1 (the session cookie is Secure) or 0").optional(),
  GALLEY_LOG_FORMAT: z.enum(["text", "json"], "must be text or json").default("text"),
  GALLEY_LOG_LEVEL: z.enum(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(", ")}`).default("info"),
});

export type GalleyConfig = z.output<typeof configSchema>;

/** Variables that tests, tools and Galley's own processes set; known, so never reported as misspelt. */
const INTERNAL = new Set([
  "GALLEY_TEST_DATABASE_URL",
  "GALLEY_CORPUS_DIR",
  "GALLEY_FUZZ_CASES",
  "GALLEY_FUZZ_SEED",
  "GALLEY_EMBEDDED_LOCK_PID",
  "GALLEY_CLIENT_ADDRESS_HEADER",
]);

/**
 * The settings for code that runs after the start checked them; a bad value here means the
 * start was bypassed, which is a bug, not bad input.
 */
export function configFrom(env: Readonly<Record<string, string | undefined>> = process.env): GalleyConfig {
  const config = readConfig(env);
  if (!config.ok) throw new Error(`Invalid settings: ${config.problems.join("; ")}`);
  return config.config;
}

export type ConfigResult = { ok: true; config: GalleyConfig; warnings: string[] } | { ok: false; problems: string[] };

/** Reads the settings from `env`; an empty value counts as unset, as in a shell's `VAR= npm start`. */
export function readConfig(env: Readonly<Record<string, string | undefined>> = process.env): ConfigResult {
  const known = Object.keys(configSchema.shape);
  const present = Object.fromEntries(
    known.flatMap((key) => (env[key] === undefined || env[key]?.trim() === "" ? [] : [[key, env[key]]])),
  );
  const warnings = Object.keys(env)
    .filter((key) => key.startsWith("GALLEY_") && !known.includes(key) && !INTERNAL.has(key))
    .map((key) => `${key} is not a setting Galley knows, and is ignored`);
  const parsed = configSchema.safeParse(present);
  if (parsed.success) return { ok: true, config: parsed.data, warnings };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? "");
      return `${key}=${JSON.stringify(present[key] ?? "")}: ${issue.message}`;
    }),
  };
}
