"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { SegmentRow as Segment } from "@/lib/db/segments/segment-row";
import { DiffLine } from "./diff-line";

export type EditorCommand =
  | { type: "save"; text: string; version: number; thenNext: boolean }
  | { type: "split"; text: string; version: number; at: number }
  | { type: "approve"; text: string; version: number }
  | { type: "reject" }
  | { type: "cancel" };

interface SegmentEditorProps {
  segment: Segment;
  language: string;
  label: string;
  pending: boolean;
  onCommand(command: EditorCommand): void;
}

/**
 * Edits a segment in place. The version the edit started from is kept, so a change by
 * someone else, live or at save time, turns into a choice instead of an overwrite.
 */
export function SegmentEditor({ segment, language, label, pending, onCommand }: SegmentEditorProps) {
  const t = useTranslations("Segment");
  const [draft, setDraft] = useState(segment.text);
  const [base, setBase] = useState({ text: segment.text, version: segment.version });
  const [mergingByHand, setMergingByHand] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const baseVersion = base.version;
  const dirty = draft !== segment.text;
  const changedMeanwhile = segment.version !== base.version;

  // Someone else's newer version replaces a draft that holds no edits, without asking.
  if (changedMeanwhile && draft === base.text) {
    setDraft(segment.text);
    setBase({ text: segment.text, version: segment.version });
  }

  useEffect(() => {
    const element = area.current;
    if (!element) return;
    element.focus();
    element.setSelectionRange(element.value.length, element.value.length);
  }, []);

  const conflict = changedMeanwhile && dirty;
  const save = (thenNext: boolean) => onCommand({ type: "save", text: draft, version: baseVersion, thenNext });

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    const mod = event.ctrlKey || event.metaKey;
    if (event.key === "Escape") {
      event.preventDefault();
      onCommand({ type: "cancel" });
    } else if (event.key === "Enter") {
      // Segments hold no line breaks; Ctrl/Cmd+Enter saves and moves on.
      event.preventDefault();
      if (mod && !conflict && !pending) save(true);
    } else if (event.altKey && event.code === "KeyS" && !conflict) {
      event.preventDefault();
      onCommand({ type: "split", text: draft, version: baseVersion, at: event.currentTarget.selectionStart });
    } else if (event.altKey && event.code === "KeyA" && !conflict) {
      event.preventDefault();
      onCommand({ type: "approve", text: draft, version: baseVersion });
    } else if (event.altKey && event.code === "KeyR") {
      event.preventDefault();
      onCommand({ type: "reject" });
    }
  }

  return (
    <div className="segment-editor">
      <textarea
        ref={area}
        aria-label={label}
        lang={language}
        value={draft}
        rows={1}
        spellCheck
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {conflict && mergingByHand === null && (
        <div role="alert" className="problem conflict">
          <strong>{t("conflictTitle")}</strong>
          <p>{t("conflictBody", { name: segment.updatedBy?.name ?? t("unknownUser") })}</p>
          <span className="column-label">{t("theirChanges")}</span>
          <DiffLine before={draft} after={segment.text} language={language} show="after" />
          <div className="actions">
            <button
              type="button"
              onClick={() => onCommand({ type: "save", text: draft, version: segment.version, thenNext: false })}
              disabled={pending}
            >
              {t("keepMine")}
            </button>
            <button
              type="button"
              onClick={() => {
                setDraft(segment.text);
                setBase({ text: segment.text, version: segment.version });
              }}
              disabled={pending}
            >
              {t("takeTheirs")}
            </button>
            <button
              type="button"
              onClick={() => {
                setMergingByHand(segment.text);
                setBase({ text: segment.text, version: segment.version });
                area.current?.focus();
              }}
              disabled={pending}
            >
              {t("mergeByHand")}
            </button>
          </div>
        </div>
      )}
      {mergingByHand !== null && (
        <div className="problem reference">
          <span className="column-label">{t("theirVersion")}</span>
          <DiffLine before={draft} after={mergingByHand} language={language} show="after" />
        </div>
      )}
      <div className="actions editor-actions">
        {dirty && <span className="unsaved">{t("unsaved")}</span>}
        <button
          type="button"
          className="primary"
          onClick={() => save(false)}
          disabled={!dirty || pending || conflict}
          title={t("saveShortcut")}
        >
          {pending ? t("saving") : t("save")}
        </button>
        <button type="button" onClick={() => onCommand({ type: "cancel" })} disabled={pending}>
          {t("cancel")}
        </button>
        <button
          type="button"
          onClick={() =>
            onCommand({
              type: "split",
              text: draft,
              version: baseVersion,
              at: area.current?.selectionStart ?? draft.length,
            })
          }
          disabled={pending || conflict}
        >
          {t("splitHere")}
        </button>
      </div>
    </div>
  );
}
