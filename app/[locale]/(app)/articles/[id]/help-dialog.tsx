"use client";

import { useTranslations } from "next-intl";
import { Modal } from "./modal";
import type { Permissions } from "./review-state";

/** Each shortcut, and what one needs to use it: editing, reviewing, or nothing. */
const SHORTCUTS = [
  ["J / ↓", "next", null],
  ["K / ↑", "previous", null],
  ["Enter / F2 / E", "edit", "edit"],
  ["Ctrl+Enter / ⌘+Enter", "saveNext", "edit"],
  ["Esc", "cancel", "edit"],
  ["Alt+A", "approve", "review"],
  ["Alt+R", "reject", "review"],
  ["Alt+S", "split", "edit"],
  ["Alt+M", "merge", "edit"],
  ["Alt+C", "chrome", "edit"],
  ["Alt+H", "history", null],
  ["F", "findings", null],
  ["/", "search", null],
  ["?", "help", null],
] as const satisfies readonly (readonly [string, string, keyof Permissions | null])[];

/** The keys this person can use here: a translator is not shown approve and reject. */
export function HelpDialog({ permissions, onClose }: { permissions: Permissions; onClose(): void }) {
  const t = useTranslations("Shortcuts");
  return (
    <Modal title={t("title")} onClose={onClose}>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.filter(([, , needs]) => needs === null || permissions[needs]).map(([keys, action]) => (
            <tr key={action}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{t(action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="primary" autoFocus onClick={onClose}>
          {t("close")}
        </button>
      </div>
    </Modal>
  );
}
