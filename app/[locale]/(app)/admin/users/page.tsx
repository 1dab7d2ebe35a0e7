import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/session/require-user";
import { getDb } from "@/lib/db/client";
import { listPendingInvitations } from "@/lib/db/users/list-invitations";
import { listUsers } from "@/lib/db/users/list-users";
import { enterLocale } from "@/lib/i18n/enter-locale";
import { InviteForm } from "./invite-form";
import { RevokeInvitationButton } from "./revoke-invitation-button";
import { UserRowActions } from "./user-row-actions";

export const dynamic = "force-dynamic";

export default async function UsersPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = enterLocale((await params).locale);
  const me = await requirePermission(locale, "users.manage");
  const db = await getDb();
  const [t, tRoles, format, users, invitations] = await Promise.all([
    getTranslations("People"),
    getTranslations("Layout.roles"),
    getFormatter(),
    listUsers(db),
    listPendingInvitations(db),
  ]);
  return (
    <>
      <h1>{t("title")}</h1>
      <InviteForm />
      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading" tabIndex={-1}>
          {t("pending")}
        </h2>
        {invitations.length === 0 ? (
          <p className="muted">{t("pendingEmpty")}</p>
        ) : (
          <table className="article-list invitations">
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("email")}</th>
                <th scope="col">{t("role")}</th>
                <th scope="col">{t("invitedBy")}</th>
                <th scope="col">{t("expires")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <tr key={invitation.id}>
                  <th scope="row">{invitation.name}</th>
                  <td>{invitation.email}</td>
                  <td>{tRoles(invitation.role)}</td>
                  <td>{invitation.invitedBy ?? "—"}</td>
                  <td>{format.dateTime(invitation.expiresAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td>
                    <RevokeInvitationButton invitationId={invitation.id} name={invitation.name} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <h2>{t("accounts")}</h2>
      <table className="article-list">
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("email")}</th>
            <th scope="col">{t("role")}</th>
            <th scope="col">{t("state")}</th>
            <th scope="col">{t("since")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} data-active={user.deactivatedAt ? "false" : "true"}>
              <th scope="row">{user.name}</th>
              <td>{user.email}</td>
              <td>{tRoles(user.role)}</td>
              <td>{user.deactivatedAt ? t("deactivated") : user.canSignIn ? t("active") : t("noPassword")}</td>
              <td>{format.dateTime(user.createdAt, { dateStyle: "medium" })}</td>
              <td>
                <UserRowActions
                  userId={user.id}
                  name={user.name}
                  role={user.role}
                  active={!user.deactivatedAt}
                  self={user.id === me.id}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
