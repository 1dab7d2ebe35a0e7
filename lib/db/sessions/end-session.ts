import { hashToken } from "../../auth/tokens";
import type { Db } from "../connect";

/** Signs a browser out: its session stops working everywhere at once. */
export async function endSession(db: Db, token: string): Promise<void> {
  await db.session.deleteMany({ where: { tokenHash: hashToken(token) } });
}
