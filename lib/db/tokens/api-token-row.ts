/** Live (unrevoked) tokens one person may hold at once. */
export const MAX_LIVE_TOKENS = 20;
export const MAX_TOKEN_NAME_LENGTH = 80;

// A recognisable prefix lets secret scanners and people tell a Galley token from other secrets.
export const TOKEN_PREFIX = "galley_";

export interface ApiTokenSummary {
  id: number;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export const apiTokenSummarySelect = {
  id: true,
  name: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;
