"use client";

import { useCallback, useLayoutEffect, useMemo, useRef, type Dispatch } from "react";
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
import {
  commandAllowed,
  mergePartner,
  type AfterSuccess,
  type BlockingFinding,
  type Permissions,
  type Problem,
  type ReviewAction,
  type ReviewState,
} from "./review-state";
import type { RowCommand } from "./segment-row";
import { useArticleEvents } from "./use-article-events";

type Outcome = Result<ArticleUpdate, Failure<ErrorCode, unknown>>;

export interface ReviewCommands {
  /** What a row (or a key) asks for; one stable function, so rows need not re-render. */
  onCommand(segmentId: number, command: RowCommand): void;
  approve(segmentId: number, version: number, overrideReason?: string): Promise<void>;
  reject(segment: Segment, comment: string): void;
  restoreRevision(segment: Segment, revision: RevisionRow): void;
  restoreMachineOutput(segment: Segment): void;
}

/**
 * The review screen's commands: each calls its server action, marks the segment busy while it
 * runs, and tells the reducer what came of it. Someone else's changes arrive here too.
 */
export function useReviewCommands(
  articleId: number,
  permissions: Permissions,
  state: ReviewState,
  dispatch: Dispatch<ReviewAction>,
): ReviewCommands {
  // Commands read the latest segments through a ref, so that rows get one stable callback.
  const latest = useRef(state);
  useLayoutEffect(() => {
    latest.current = state;
  }, [state]);

  /** Runs one action for a segment: marks it busy, merges the result, and shows a failure in its row. */
  const run = useCallback(
    async (segmentId: number, action: () => Promise<Outcome>, then: AfterSuccess = "stay"): Promise<Outcome | null> => {
      dispatch({ type: "start", segmentId });
      try {
        const outcome = await action();
        if (outcome.ok) {
          dispatch({ type: "succeed", segmentId, update: outcome.value, then });
        } else {
          if (outcome.code === "conflict")
            dispatch({ type: "change", update: { segments: [(outcome.details as { current: Segment }).current] } });
          if (outcome.code === "criticalFindings") return outcome;
          if (outcome.code !== "conflict")
            dispatch({
              type: "fail",
              segmentId,
              problem: { code: outcome.code, values: outcome.details as Problem["values"] },
            });
          if (outcome.code === "findingGone" || outcome.code === "conflict") {
            const fresh = await loadChangesAction({ articleId, segmentIds: [segmentId], structural: false });
            if (fresh.ok) dispatch({ type: "change", update: fresh.value });
          }
        }
        return outcome;
      } catch {
        dispatch({ type: "fail", segmentId, problem: { code: "unexpected" } });
        return null;
      } finally {
        dispatch({ type: "settle", segmentId });
      }
    },
    [articleId, dispatch],
  );

  const approve = useCallback(
    async (segmentId: number, version: number, overrideReason?: string) => {
      const outcome = await run(
        segmentId,
        () => approveSegmentAction({ segmentId, version, overrideReason }),
        "approved",
      );
      if (outcome && !outcome.ok && outcome.code === "criticalFindings") {
        dispatch({
          type: "open-dialog",
          dialog: {
            type: "override",
            segmentId,
            version,
            findings: (outcome.details as { findings: BlockingFinding[] }).findings,
          },
        });
      }
    },
    [dispatch, run],
  );

  const onCommand = useCallback(
    (segmentId: number, command: RowCommand) => {
      const segments = latest.current.data.segments;
      const segment = segments.find((candidate) => candidate.id === segmentId);
      if (!segment || !commandAllowed(command, permissions)) return;
      switch (command.type) {
        case "select":
          dispatch({ type: "select", segmentId });
          return;
        case "edit":
          dispatch({ type: "edit", segmentId });
          return;
        case "cancel":
          dispatch({ type: "cancel-edit", segmentId });
          return;
        case "save":
          void run(
            segmentId,
            () => saveSegmentAction({ segmentId, version: command.version, text: command.text }),
            command.thenNext ? "edit-next" : "close-editor",
          );
          return;
        case "split":
          void run(
            segmentId,
            async () => {
              const saved =
                command.text === segment.text
                  ? null
                  : await saveSegmentAction({ segmentId, version: command.version, text: command.text });
              if (saved && !saved.ok) return saved;
              const version = saved?.ok ? (saved.value.segments[0]?.version ?? command.version) : command.version;
              return splitSegmentAction({ segmentId, version, at: command.at });
            },
            "split",
          );
          return;
        case "approve":
          void (async () => {
            let version = command.version;
            if (command.text !== segment.text) {
              const saved = await run(segmentId, () => saveSegmentAction({ segmentId, version, text: command.text }));
              if (!saved?.ok) return;
              version = saved.value.segments[0]?.version ?? version;
            }
            dispatch({ type: "close-editor", segmentId });
            await approve(segmentId, version);
          })();
          return;
        case "approve-now":
          void approve(segmentId, segment.version);
          return;
        case "reject":
          dispatch({ type: "open-dialog", dialog: { type: "reject", segmentId } });
          return;
        case "merge": {
          const next = mergePartner(segments, segmentId);
          if (!next) {
            dispatch({ type: "fail", segmentId, problem: { code: "cannotMergeHere" } });
            return;
          }
          void run(segmentId, () =>
            mergeSegmentAction({ segmentId, version: segment.version, nextVersion: next.version }),
          );
          return;
        }
        case "toggle-chrome":
          void run(segmentId, () => toggleChromeAction({ segmentId, version: segment.version }));
          return;
        case "history":
          dispatch({ type: "open-dialog", dialog: { type: "history", segmentId } });
          return;
        case "apply-fix":
          void run(
            segmentId,
            () =>
              applyFixAction({ findingId: command.finding.id, fixIndex: command.fixIndex, version: segment.version }),
            "focus",
          );
          return;
        case "dismiss":
          void run(
            segmentId,
            () =>
              dismissFindingAction({
                findingId: command.finding.id,
                reasonCode: command.reasonCode,
                reason: command.note ?? undefined,
              }),
            "focus",
          );
          return;
      }
    },
    [approve, dispatch, permissions, run],
  );

  const onLiveChange = useCallback(
    (change: ArticleChange) => {
      void loadChangesAction(change).then((result) => {
        if (result.ok) dispatch({ type: "change", update: result.value });
        else if (result.code === "articleNotFound" || result.code === "forbidden") dispatch({ type: "gone" });
      });
    },
    [dispatch],
  );
  useArticleEvents(articleId, onLiveChange);

  return useMemo(
    () => ({
      onCommand,
      approve,
      reject: (segment: Segment, comment: string) => {
        dispatch({ type: "close-dialog" });
        void run(
          segment.id,
          () => rejectSegmentAction({ segmentId: segment.id, version: segment.version, comment }),
          "focus",
        );
      },
      restoreRevision: (segment: Segment, revision: RevisionRow) =>
        void run(segment.id, () => restoreRevisionAction({ revisionId: revision.id, version: segment.version })),
      restoreMachineOutput: (segment: Segment) =>
        void run(segment.id, () =>
          saveSegmentAction({ segmentId: segment.id, version: segment.version, text: segment.mtText }),
        ),
    }),
    [approve, dispatch, onCommand, run],
  );
}
