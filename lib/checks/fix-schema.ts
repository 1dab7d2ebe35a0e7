import { z } from "zod";
import type { Fix } from "./types";

/** A fix as stored with a finding and sent to clients; parsing it again after its trip through JSON. */
export const fixSchema: z.ZodType<Fix> = z.discriminatedUnion("type", [
  z.object({ type: z.literal("replace"), text: z.string() }),
  z.object({ type: z.literal("insert"), at: z.number().int().nonnegative(), text: z.string() }),
  z.object({ type: z.literal("split-dateline"), at: z.number().int().nonnegative() }),
  z.object({ type: z.literal("remove") }),
  z.object({ type: z.literal("mark-chrome") }),
]);
