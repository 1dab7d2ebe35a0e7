import type { Prisma } from "../generated/client";

export const sessionUserSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  locale: true,
} satisfies Prisma.UserSelect;

/** The person behind a session, as every screen and action needs them. */
export type SessionUser = Prisma.UserGetPayload<{ select: typeof sessionUserSelect }>;
