"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Link } from "@/lib/i18n/navigation";
import { signOutAction } from "./actions";

interface UserMenuProps {
  name: string;
  role: "admin" | "editor" | "translator";
  isAdmin: boolean;
}

export function UserMenu({ name, role, isAdmin }: UserMenuProps) {
  const t = useTranslations("Layout");
  const [pending, startTransition] = useTransition();
  return (
    <nav aria-label={t("account")} className="user-menu">
      <Link href="/queue">{t("queue")}</Link>
      {isAdmin && <Link href="/admin/users">{t("people")}</Link>}
      {isAdmin && <Link href="/admin/activity">{t("activity")}</Link>}
      {isAdmin && <Link href="/admin/checks">{t("checks")}</Link>}
      <Link href="/profile" className="user-name">
        {name} <span className="muted">({t(`roles.${role}`)})</span>
      </Link>
      <button
        type="button"
        className="link-button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            await signOutAction();
            window.location.assign("/");
          })
        }
      >
        {t("signOut")}
      </button>
    </nav>
  );
}
