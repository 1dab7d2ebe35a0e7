"use client";

import { useNow, useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { FindingRow } from "@/lib/db/findings/finding-row";
import type { ArticleChange } from "@/lib/db/events/article-change";
import type { RevisionRow } from "@/lib/db/segments/list-revisions";
import type { SegmentRow as Segment } from "@/lib/db/segments/segment-row";
import type { ErrorCode, Failure, Result } from "@/lib/result";
import {
  applyFixAction,
  approveSegmentAction,
  dismissFindingAction,
  loadChangesAction,
  mergeSegmentAction,
  rejectSegmentAction,
  restoreRevisionAction,
  saveSegmentAction,
  splitSegmentAction,
  toggleChromeAction,
  type ArticleUpdate,
} from "./actions";
import { BulkApproveDialog } from "./bulk-approve-dialog";
import { BulkFixDialog } from "./bulk-fix-dialog";
import { HelpDialog } from "./help-dialog";
import { HistoryDialog } from "./history-dialog";
import { ReasonDialog } from "./reason-dialog";
import { applyUpdate, countBy, filterSegments, groupFindings, NO_FILTERS, openFindings, type CheckCatalog, type Filters, type Permissions, type ReviewData } from "./review-state";
import { ReviewToolbar } from "./review-toolbar";
import { SegmentRow, type Problem, type RowCommand } from "./segment-row";
import { useArticleEvents } from "./use-article-events";

type Outcome = Result<ArticleUpdate, Failure<ErrorCode, unknown>>;

type Dialog =
  | { type: "help" }
  | { type: "reject"; segmentId: number }
  | { type: "override"; segmentId: number; version: number; findings: { check: string; text: string }[] }
  | { type: "history"; segmentId: number }
  | { type: "bulk-fix" }
  | { type: "bulk-approve" };

export interface ReviewWorkspaceProps {
  articleId: number;
  segments: Segment[];
  findings: FindingRow[];
  openComments: Record<number, number>;
  catalog: CheckCatalog;
  language: string;
  /** The original's language, when the article brought its source text along. */
  sourceLanguage: string | null;
  permissions: Permissions;
  /** A status filter to start with, as "My queue" links ask for. */
  initialStatus: Filters["status"];
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && Boolean(target.closest("input, textarea, select, [contenteditable='true']"));
}

export function ReviewWorkspace({ articleId, segments: initialSegments, findings: initialFindings, openComments: initialComments, catalog, language, sourceLanguage, permissions, initialStatus }: ReviewWorkspaceProps) {
  const t = useTranslations("Review");
  const tDialogs = useTranslations("Dialogs");
  const [data, setData] = useState<ReviewData>({ segments: initialSegments, findings: initialFindings, openComments: initialComments });
  const [filters, setFilters] = useState<Filters>({ ...NO_FILTERS, status: initialStatus });
  const [currentId, setCurrentId] = useState<number | null>(initialSegments[0]?.id ?? null);
  const [editingId, setEditingId] = useState<number | null>(null);
  const [pending, setPending] = useState<ReadonlySet<number>>(new Set());
  const [problems, setProblems] = useState<ReadonlyMap<number, Problem>>(new Map());
  /** Someone deleted the article, or took it away from this person, while it was open. */
  const [gone, setGone] = useState(false);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [hydrated, setHydrated] = useState(false);
  const now = useNow({ updateInterval: 60_000 });
  useEffect(() => setHydrated(true), []);
  const searchRef = useRef<HTMLInputElement>(null);
  const groupedRef = useRef(new Map<number, FindingRow[]>());

  const findingsBySegment = useMemo(() => (groupedRef.current = groupFindings(data.findings, groupedRef.current)), [data.findings]);
  const open = useMemo(() => openFindings(data.findings), [data.findings]);
  const openBySegment = useMemo(() => {
    const grouped = new Map<number, FindingRow[]>();
    for (const finding of open) grouped.set(finding.segmentId, [...(grouped.get(finding.segmentId) ?? []), finding]);
    return grouped;
  }, [open]);
  const visible = useMemo(() => filterSegments(data.segments, openBySegment, data.openComments, filters), [data.segments, openBySegment, data.openComments, filters]);
  const commented = Object.values(data.openComments).filter((count) => count > 0).length;
  const numbers = useMemo(() => new Map(data.segments.map((segment, index) => [segment.id, index + 1])), [data.segments]);
  const exportable = data.segments.filter((segment) => segment.kind !== "page_chrome");
  const approved = exportable.filter((segment) => segment.status === "approved").length;
  const statusCounts = useMemo(() => countBy(data.segments, (segment) => segment.status), [data.segments]);
  const kindCounts = useMemo(() => countBy(data.segments, (segment) => segment.kind), [data.segments]);
  const checkCounts = useMemo(() => countBy(open, (finding) => finding.check), [open]);
  const categoryCounts = useMemo(() => countBy(open, (finding) => catalog[finding.check]?.categoryKey ?? "fluency"), [open, catalog]);

  // Commands read the latest state through a ref, so that rows get one stable callback.
  const latest = useRef({ data, visible, currentId, editingId });
  latest.current = { data, visible, currentId, editingId };

  const segmentById = (id: number) => latest.current.data.segments.find((segment) => segment.id === id);

  const focusRow = useCallback((id: number | null) => {
    if (id === null) return;
    requestAnimationFrame(() => {
      const row = document.getElementById(`segment-${id}`);
      row?.focus({ preventScroll: true });
      row?.scrollIntoView({ block: "nearest" });
    });
  }, []);

  // A link to one segment (the Checks page's examples) opens the article at that segment.
  useEffect(() => {
    const linked = Number(/^#segment-(\d+)$/u.exec(window.location.hash)?.[1]);
    if (!initialSegments.some((segment) => segment.id === linked)) return;
    setCurrentId(linked);
    focusRow(linked);
  }, [initialSegments, focusRow]);

  const setProblem = useCallback((segmentId: number, problem: Problem | null) => {
    setProblems((current) => {
      const next = new Map(current);
      if (problem) next.set(segmentId, problem);
      else next.delete(segmentId);
      return next;
    });
  }, []);

  const update = useCallback((change: ArticleUpdate) => setData((current) => applyUpdate(current, change)), []);

  /** Runs one action for a segment: marks it busy, merges the result, and shows a failure in its row. */
  const run = useCallback(
    async (segmentId: number, action: () => Promise<Outcome>, onSuccess?: (update: ArticleUpdate) => void): Promise<Outcome | null> => {
      setPending((current) => new Set(current).add(segmentId));
      try {
        const outcome = await action();
        if (outcome.ok) {
          setProblem(segmentId, null);
          update(outcome.value);
          onSuccess?.(outcome.value);
        } else {
          if (outcome.code === "conflict") update({ segments: [(outcome.details as { current: Segment }).current] });
          if (outcome.code === "criticalFindings") return outcome;
          if (outcome.code !== "conflict") setProblem(segmentId, { code: outcome.code, values: outcome.details as Problem["values"] });
          if (outcome.code === "findingGone" || outcome.code === "conflict") {
            const fresh = await loadChangesAction({ articleId, segmentIds: [segmentId], structural: false });
            if (fresh.ok) update(fresh.value);
          }
        }
        return outcome;
      } catch {
        setProblem(segmentId, { code: "unexpected" });
        return null;
      } finally {
        setPending((current) => {
          const next = new Set(current);
          next.delete(segmentId);
          return next;
        });
      }
    },
    [articleId, setProblem, update],
  );

  const move = useCallback(
    (from: number | null, step: number): number | null => {
      const list = latest.current.visible;
      if (list.length === 0) return null;
      const at = list.findIndex((segment) => segment.id === from);
      const next = list[at === -1 ? 0 : Math.min(list.length - 1, Math.max(0, at + step))];
      return next?.id ?? null;
    },
    [],
  );

  const approve = useCallback(
    async (segmentId: number, version: number, overrideReason?: string) => {
      const outcome = await run(segmentId, () => approveSegmentAction({ segmentId, version, overrideReason }));
      if (outcome && !outcome.ok && outcome.code === "criticalFindings") {
        setDialog({ type: "override", segmentId, version, findings: (outcome.details as { findings: { check: string; text: string }[] }).findings });
      } else if (outcome?.ok) {
        setDialog(null);
        setAnnouncement(t("announceApproved", { number: latestNumber(segmentId) }));
      }
    },
    [run],
  );

  function latestNumber(segmentId: number): number {
    return latest.current.data.segments.findIndex((segment) => segment.id === segmentId) + 1;
  }

  const onCommand = useCallback(
    (segmentId: number, command: RowCommand) => {
      const segment = segmentById(segmentId);
      if (!segment) return;
      const reviewing = command.type === "approve-now" || command.type === "reject" || command.type === "approve";
      const editing = !reviewing && !["select", "history", "cancel"].includes(command.type);
      // The server refuses these anyway; not offering them spares a round trip and a message.
      if ((reviewing && !permissions.review) || (editing && !permissions.edit)) return;
      switch (command.type) {
        case "select":
          setCurrentId(segmentId);
          return;
        case "edit":
          setCurrentId(segmentId);
          setEditingId(segmentId);
          return;
        case "cancel":
          setEditingId(null);
          setProblem(segmentId, null);
          focusRow(segmentId);
          return;
        case "save":
          void run(
            segmentId,
            () => saveSegmentAction({ segmentId, version: command.version, text: command.text }),
            () => {
              if (command.thenNext) {
                const next = move(segmentId, 1);
                setCurrentId(next);
                setEditingId(next !== segmentId ? next : null);
              } else {
                setEditingId(null);
                focusRow(segmentId);
              }
            },
          );
          return;
        case "split":
          void run(segmentId, async () => {
            const saved = command.text === segment.text ? null : await saveSegmentAction({ segmentId, version: command.version, text: command.text });
            if (saved && !saved.ok) return saved;
            const version = saved?.ok ? (saved.value.segments[0]?.version ?? command.version) : command.version;
            return splitSegmentAction({ segmentId, version, at: command.at });
          }, (result) => {
            setEditingId(null);
            focusRow(result.segments[1]?.id ?? segmentId);
            setCurrentId(result.segments[1]?.id ?? segmentId);
          });
          return;
        case "approve":
          void (async () => {
            let version = command.version;
            if (command.text !== segment.text) {
              const saved = await run(segmentId, () => saveSegmentAction({ segmentId, version, text: command.text }));
              if (!saved?.ok) return;
              version = saved.value.segments[0]?.version ?? version;
            }
            setEditingId(null);
            focusRow(segmentId);
            await approve(segmentId, version);
          })();
          return;
        case "approve-now":
          void approve(segmentId, segment.version);
          return;
        case "reject":
          setDialog({ type: "reject", segmentId });
          return;
        case "merge": {
          const list = latest.current.data.segments;
          const next = list[list.findIndex((candidate) => candidate.id === segmentId) + 1];
          if (!next || next.block !== segment.block) {
            setProblem(segmentId, { code: "cannotMergeHere" });
            return;
          }
          void run(segmentId, () => mergeSegmentAction({ segmentId, version: segment.version, nextVersion: next.version }));
          return;
        }
        case "toggle-chrome":
          void run(segmentId, () => toggleChromeAction({ segmentId, version: segment.version }));
          return;
        case "history":
          setDialog({ type: "history", segmentId });
          return;
        case "apply-fix":
          void run(segmentId, () => applyFixAction({ findingId: command.finding.id, fixIndex: command.fixIndex, version: segment.version }), () => focusRow(segmentId));
          return;
        case "dismiss":
          void run(segmentId, () => dismissFindingAction({ findingId: command.finding.id, reasonCode: command.reasonCode, reason: command.note ?? undefined }), () => focusRow(segmentId));
          return;
      }
    },
    [approve, focusRow, move, permissions, run, setProblem],
  );

  const onLiveChange = useCallback(
    (change: ArticleChange) => {
      void loadChangesAction(change).then((result) => {
        if (result.ok) update(result.value);
        else if (result.code === "articleNotFound" || result.code === "forbidden") setGone(true);
      });
    },
    [update],
  );
  useArticleEvents(articleId, onLiveChange);

  // Keyboard: the whole flow works without a mouse; `?` lists the keys.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || dialog || isTyping(event.target)) return;
      const { currentId: current } = latest.current;
      const onButton = event.target instanceof HTMLElement && Boolean(event.target.closest("button, a, [popover]"));
      const go = (step: number) => {
        event.preventDefault();
        const next = move(current, step);
        setCurrentId(next);
        focusRow(next);
      };
      if (event.altKey && !event.ctrlKey && !event.metaKey) {
        const commands: Record<string, RowCommand> = { KeyA: { type: "approve-now" }, KeyR: { type: "reject" }, KeyM: { type: "merge" }, KeyC: { type: "toggle-chrome" }, KeyH: { type: "history" } };
        const command = commands[event.code];
        if (command && current !== null) {
          event.preventDefault();
          onCommand(current, command);
        }
        return;
      }
      if (event.ctrlKey || event.metaKey) return;
      if (event.key === "?") {
        event.preventDefault();
        setDialog({ type: "help" });
      } else if (event.key === "/") {
        event.preventDefault();
        searchRef.current?.focus();
      } else if (event.key === "j" || event.key === "ArrowDown") go(1);
      else if (event.key === "k" || event.key === "ArrowUp") go(-1);
      else if ((event.key === "Enter" || event.key === "F2" || event.key === "e") && !onButton && current !== null) {
        event.preventDefault();
        onCommand(current, { type: "edit" });
      } else if (event.key === "f" && current !== null) {
        const mark = document.querySelector<HTMLButtonElement>(`#segment-${current} .finding-mark`);
        if (mark) {
          event.preventDefault();
          mark.focus();
        }
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [dialog, focusRow, move, onCommand]);

  const dialogSegment = dialog && "segmentId" in dialog ? segmentById(dialog.segmentId) : undefined;
  const numberOf = useCallback((segmentId: number) => numbers.get(segmentId) ?? 0, [numbers]);

  return (
    <section aria-labelledby="segments-heading" className="workspace" data-ready={hydrated ? "true" : undefined}>
      <h2 id="segments-heading" className="visually-hidden">
        {t("segmentsHeading")}
      </h2>
      {gone && (
        <p role="alert" className="problem article-gone">
          {t("articleGone")}
        </p>
      )}
      <ReviewToolbar
        filters={filters}
        onFilters={setFilters}
        searchRef={searchRef}
        catalog={catalog}
        total={data.segments.length}
        shown={visible.length}
        approved={approved}
        exportable={exportable.length}
        statusCounts={statusCounts}
        kindCounts={kindCounts}
        checkCounts={checkCounts}
        categoryCounts={categoryCounts}
        openFindings={open.length}
        commented={commented}
        permissions={permissions}
        onBulkFix={() => setDialog({ type: "bulk-fix" })}
        onBulkApprove={() => setDialog({ type: "bulk-approve" })}
        onHelp={() => setDialog({ type: "help" })}
      />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {data.segments.length === 0 ? (
        <p className="empty-state">{t("empty")}</p>
      ) : visible.length === 0 ? (
        <p className="empty-state">
          {t("noMatches")}{" "}
          <button type="button" className="link-button" onClick={() => setFilters(NO_FILTERS)}>
            {t("clearFilters")}
          </button>
        </p>
      ) : (
        <>
          <div className="segments-header" aria-hidden="true">
            <span />
            <span>{t("machineOutput")}</span>
            <span>{t("currentText")}</span>
          </div>
          <ol className="segments" aria-label={t("segmentsHeading")}>
            {visible.map((segment, index) => (
              <SegmentRow
                key={segment.id}
                segment={segment}
                findings={findingsBySegment.get(segment.id)}
                catalog={catalog}
                language={language}
                sourceLanguage={sourceLanguage}
                number={numbers.get(segment.id) ?? index + 1}
                startsBlock={index === 0 || visible[index - 1]?.block !== segment.block}
                current={segment.id === currentId}
                editing={segment.id === editingId}
                pending={pending.has(segment.id)}
                problem={problems.get(segment.id)}
                openComments={data.openComments[segment.id] ?? 0}
                permissions={permissions}
                now={now}
                onCommand={onCommand}
              />
            ))}
          </ol>
        </>
      )}
      {dialog?.type === "help" && <HelpDialog permissions={permissions} onClose={() => setDialog(null)} />}
      {dialog?.type === "reject" && dialogSegment && (
        <ReasonDialog
          title={tDialogs("rejectTitle", { number: numberOf(dialogSegment.id) })}
          label={tDialogs("rejectLabel")}
          confirm={tDialogs("rejectConfirm")}
          onClose={() => {
            setDialog(null);
            focusRow(dialogSegment.id);
          }}
          onConfirm={(comment) => {
            setDialog(null);
            void run(dialogSegment.id, () => rejectSegmentAction({ segmentId: dialogSegment.id, version: dialogSegment.version, comment }), () => focusRow(dialogSegment.id));
          }}
        />
      )}
      {dialog?.type === "override" && dialogSegment && (
        <ReasonDialog
          title={tDialogs("overrideTitle", { number: numberOf(dialogSegment.id) })}
          label={tDialogs("overrideLabel")}
          confirm={tDialogs("overrideConfirm")}
          onClose={() => setDialog(null)}
          onConfirm={(reason) => void approve(dialog.segmentId, dialog.version, reason)}
        >
          <p role="alert" className="problem">
            {tDialogs("overrideBody", { count: dialog.findings.length, texts: dialog.findings.map((finding) => `“${finding.text}”`).join(", ") })}
          </p>
        </ReasonDialog>
      )}
      {dialog?.type === "history" && dialogSegment && (
        <HistoryDialog
          segment={dialogSegment}
          number={numberOf(dialogSegment.id)}
          language={language}
          catalog={catalog}
          pending={pending.has(dialogSegment.id)}
          canEdit={permissions.edit}
          onComments={(count) => setData((current) => ({ ...current, openComments: { ...current.openComments, [dialogSegment.id]: count } }))}
          onClose={() => {
            setDialog(null);
            focusRow(dialogSegment.id);
          }}
          onRestore={(revision: RevisionRow) => void run(dialogSegment.id, () => restoreRevisionAction({ revisionId: revision.id, version: dialogSegment.version }))}
          onRestoreMachineOutput={() => void run(dialogSegment.id, () => saveSegmentAction({ segmentId: dialogSegment.id, version: dialogSegment.version, text: dialogSegment.mtText }))}
        />
      )}
      {dialog?.type === "bulk-fix" && (
        <BulkFixDialog
          articleId={articleId}
          language={language}
          catalog={catalog}
          openCounts={checkCounts}
          initialCheck={filters.check === "all" ? null : filters.check}
          numberOf={numberOf}
          onClose={() => setDialog(null)}
          onApplied={(change, fixed) => {
            update(change);
            setDialog(null);
            setAnnouncement(t("announceFixed", { count: fixed }));
          }}
        />
      )}
      {dialog?.type === "bulk-approve" && (
        <BulkApproveDialog
          articleId={articleId}
          language={language}
          numberOf={numberOf}
          onClose={() => setDialog(null)}
          onApproved={(change, count) => {
            update(change);
            setDialog(null);
            setAnnouncement(t("announceBulkApproved", { count }));
          }}
        />
      )}
    </section>
  );
}
