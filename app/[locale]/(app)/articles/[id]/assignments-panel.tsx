"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ErrorCode } from "@/lib/result";
import { assignArticleAction, listAssignmentsAction } from "./actions";
import { Modal } from "./modal";

interface Person {
  id: number;
  name: string;
  role: "admin" | "editor" | "translator";
  assigned: boolean;
}

/** For admins: who is assigned to the article, and a dialog to change it. */
export function AssignmentsPanel({ articleId, names }: { articleId: number; names: string[] }) {
  const t = useTranslations("Assign");
  const tRoles = useTranslations("Layout.roles");
  const tErrors = useTranslations("Errors");
  const [assigned, setAssigned] = useState(names);
  const [people, setPeople] = useState<Person[] | null>(null);
  const [problem, setProblem] = useState<ErrorCode | null>(null);
  const [pending, startTransition] = useTransition();

  const open = () =>
    startTransition(async () => {
      const result = await listAssignmentsAction({ articleId });
      if (result.ok) setPeople(result.value);
      else setProblem(result.code);
    });

  const save = () =>
    startTransition(async () => {
      if (!people) return;
      const result = await assignArticleAction({
        articleId,
        userIds: people.filter((person) => person.assigned).map((person) => person.id),
      });
      if (!result.ok) return setProblem(result.code);
      setAssigned(result.value.filter((person) => person.assigned).map((person) => person.name));
      setPeople(null);
    });

  return (
    <div className="assignments">
      <span className="muted small">
        {assigned.length > 0 ? t("assigned", { names: assigned.join(", ") }) : t("nobody")}
      </span>
      <button type="button" onClick={open} disabled={pending}>
        {t("manage")}
      </button>
      {problem && (
        <span role="alert" className="problem inline">
          {tErrors(problem)}
        </span>
      )}
      {people && (
        <Modal title={t("title")} onClose={() => setPeople(null)}>
          <fieldset className="people-choice">
            <legend className="visually-hidden">{t("title")}</legend>
            {people.map((person) => (
              <label key={person.id}>
                <input
                  type="checkbox"
                  checked={person.assigned}
                  onChange={(event) =>
                    setPeople(
                      people.map((other) =>
                        other.id === person.id ? { ...other, assigned: event.target.checked } : other,
                      ),
                    )
                  }
                />{" "}
                {person.name} <span className="muted">({tRoles(person.role)})</span>
              </label>
            ))}
          </fieldset>
          <div className="dialog-actions">
            <button type="button" onClick={() => setPeople(null)}>
              {t("cancel")}
            </button>
            <button type="button" className="primary" onClick={save} disabled={pending}>
              {t("save")}
            </button>
          </div>
        </Modal>
      )}
    </div>
  );
}
