import type { ReactNode } from "react";
import { requireUser } from "@/lib/session/require-user";
import { enterLocale } from "@/lib/i18n/enter-locale";

/** Everything in here is behind sign-in; each page and action still checks what the user may do. */
export default async function SignedInLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  await requireUser(enterLocale((await params).locale));
  return children;
}
