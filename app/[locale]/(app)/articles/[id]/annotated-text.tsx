"use client";

import { useTranslations } from "next-intl";
import { Fragment } from "react";
import type { Fix } from "@/lib/checks/types";
import type { FindingRow } from "@/lib/db/findings/finding-row";
import type { DismissalReason } from "@/lib/db/findings/dismissal-reason";
import { annotateText } from "@/lib/diff/annotate-text";
import type { DiffSpan } from "@/lib/diff/word-diff";
import { DismissControl } from "./dismiss-control";
import { bySeverity, categoryKeyOf, splitFirstWord, type CheckCatalog } from "./review-state";

type ChecksT = ReturnType<typeof useTranslations<"Checks">>;
type FindingsT = ReturnType<typeof useTranslations<"Findings">>;

/** The machine output, with what the edit removed struck through. */
export function MachineText({ spans, text, language }: { spans: DiffSpan[] | null; text: string; language: string }) {
  if (!spans) return <p lang={language}>{text}</p>;
  return (
    <p lang={language}>
      {spans.map((span) =>
        span.kind === "removed" ? (
          <del key={span.start}>{span.text}</del>
        ) : (
          <Fragment key={span.start}>{span.text}</Fragment>
        ),
      )}
    </p>
  );
}

export function checkMessage(
  t: ChecksT,
  catalog: CheckCatalog,
  finding: Pick<FindingRow, "check" | "values">,
  field: "name" | "message",
): string {
  // Keys come from the check registry at run time; a registry test proves each exists.
  const key = `${catalog[finding.check]?.messageKey ?? finding.check}.${field}` as Parameters<ChecksT>[0];
  return t(key, finding.values ?? {});
}

function fixLabel(t: FindingsT, fix: Fix, text: string) {
  switch (fix.type) {
    case "replace":
      return fix.text.trim() === ""
        ? t("fixRemove")
        : t.rich("fixReplace", {
            replacement: fix.text,
            mark: (chunks) => <span className="replacement">{chunks}</span>,
          });
    case "insert":
      return t.rich("fixInsert", {
        insertion: fix.text,
        where: fix.at >= text.length ? "end" : "inside",
        mark: (chunks) => <span className="replacement">{chunks}</span>,
      });
    case "remove":
      return t("fixRemove");
    case "split-dateline":
      return t("fixSplitDateline");
    case "mark-chrome":
      return t("fixMarkChrome");
  }
}

export interface FindingActions {
  onApply(finding: FindingRow, fixIndex: number): void;
  onDismiss(finding: FindingRow, reasonCode: DismissalReason, note: string | null): void;
}

interface CurrentTextProps extends FindingActions {
  segmentId: number;
  text: string;
  language: string;
  /** The edit's additions, when the text differs from the machine output. */
  added: DiffSpan[];
  findings: FindingRow[];
  catalog: CheckCatalog;
  disabled: boolean;
  /** Marks are in the tab order only in the current row. */
  focusable: boolean;
}

/**
 * The current text: additions underlined, and each open finding a mark whose button opens its popover (the
 * browser keeps its expanded state).
 */
export function CurrentText({
  segmentId,
  text,
  language,
  added,
  findings,
  catalog,
  disabled,
  focusable,
  onApply,
  onDismiss,
}: CurrentTextProps) {
  const t = useTranslations("Findings");
  const tChecks = useTranslations("Checks");
  const open = findings.filter((finding) => !finding.dismissal);
  const pieces = annotateText(
    text,
    added,
    open.map((finding) => ({ id: finding.id, start: finding.start, end: finding.end })),
  );
  const groups = new Map<string, FindingRow[]>();
  for (const piece of pieces) {
    if (piece.marks.length > 0)
      groups.set(piece.marks.join("-"), bySeverity(open.filter((finding) => piece.marks.includes(finding.id))));
  }
  const popoverId = (key: string) => `findings-${segmentId}-${key}`;

  return (
    <>
      <p lang={language} className="current-text">
        {pieces.map((piece) => {
          const wrap = (part: string) => (piece.inserted ? <ins>{part}</ins> : part);
          if (piece.marks.length === 0) return <Fragment key={piece.start}>{wrap(piece.text)}</Fragment>;
          const key = piece.marks.join("-");
          const covering = groups.get(key) ?? [];
          const worst = covering.some((finding) => finding.severity === "critical")
            ? "critical"
            : covering.some((finding) => finding.severity === "major")
              ? "major"
              : "minor";
          const popover = popoverId(key);
          // A button is one box that cannot break across lines: it holds the first word, and the rest wraps
          // as text does.
          const [head, rest] = splitFirstWord(piece.text);
          return (
            <span
              key={piece.start}
              className="finding-mark"
              data-severity={worst}
              style={{ anchorName: `--${popover}` }}
            >
              <button
                type="button"
                className="finding-mark-button"
                popoverTarget={popover}
                tabIndex={focusable ? 0 : -1}
                aria-haspopup="dialog"
                aria-label={t("markLabel", {
                  text: piece.text,
                  findings: covering.map((finding) => checkMessage(tChecks, catalog, finding, "name")).join(", "),
                })}
              >
                {wrap(head)}
              </button>
              {rest && (
                // The button's label already says this text; a click on it is a click on the mark.
                <span
                  aria-hidden="true"
                  onClick={(event) => event.currentTarget.parentElement?.querySelector("button")?.click()}
                >
                  {wrap(rest)}
                </span>
              )}
            </span>
          );
        })}
      </p>
      {[...groups].map(([key, covering]) => (
        <div
          key={key}
          id={popoverId(key)}
          popover="auto"
          className="finding-popover"
          style={{ positionAnchor: `--${popoverId(key)}` }}
          onToggle={(event) => {
            const active = document.activeElement;
            if (event.newState === "open")
              event.currentTarget.querySelector<HTMLButtonElement>("button:not(:disabled)")?.focus();
            // Closed from inside or by its mark (Esc hands focus back to the mark first, a fix may leave it on
            // the page): back to the row, where J, K and the other keys act.
            else if (
              event.currentTarget.contains(active) ||
              active === document.body ||
              active?.getAttribute("popovertarget") === popoverId(key)
            )
              document.getElementById(`segment-${segmentId}`)?.focus();
          }}
        >
          <ul>
            {covering.map((finding) => (
              <li key={finding.id} className="finding" data-severity={finding.severity}>
                <div className="finding-head">
                  <span className={`severity severity-${finding.severity}`}>
                    {tChecks(`severities.${finding.severity}`)}
                  </span>
                  <strong>{checkMessage(tChecks, catalog, finding, "name")}</strong>
                  <span className="muted">{tChecks(`categories.${categoryKeyOf(catalog, finding.check)}`)}</span>
                </div>
                <p className="finding-message">{checkMessage(tChecks, catalog, finding, "message")}</p>
                <div className="finding-actions">
                  {finding.fixes.map((fix, index) => (
                    <button
                      key={index}
                      type="button"
                      className={index === 0 ? "fix best" : "fix"}
                      disabled={disabled}
                      onClick={() => onApply(finding, index)}
                    >
                      {fixLabel(t, fix, text)}
                    </button>
                  ))}
                  <DismissControl
                    disabled={disabled}
                    onDismiss={(reasonCode, note) => onDismiss(finding, reasonCode, note)}
                  />
                </div>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
