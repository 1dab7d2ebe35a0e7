"use client";

import { useTranslations } from "next-intl";
import { Modal } from "./modal";

const SHORTCUTS = [
  ["J / ↓", "next"],
  ["K / ↑", "previous"],
  ["Enter", "edit"],
  ["Ctrl+Enter / ⌘+Enter", "saveNext"],
  ["Esc", "cancel"],
  ["Alt+A", "approve"],
  ["Alt+R", "reject"],
  ["Alt+S", "split"],
  ["Alt+M", "merge"],
  ["Alt+C", "chrome"],
  ["Alt+H", "history"],
  ["F", "findings"],
  ["/", "search"],
  ["?", "help"],
] as const;

export function HelpDialog({ onClose }: { onClose(): void }) {
  const t = useTranslations("Shortcuts");
  return (
    <Modal title={t("title")} onClose={onClose}>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, action]) => (
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
