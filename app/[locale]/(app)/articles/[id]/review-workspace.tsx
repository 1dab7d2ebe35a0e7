"use client";

import { useNow, useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import { waitsFor, type WaitingRole } from "@/lib/auth/waiting-for";
import type { FindingRow } from "@/lib/db/findings/finding-row";
import type { SegmentRow as Segment } from "@/lib/db/segments/segment-row";
import { ReviewDialogs } from "./review-dialogs";
import {
  categoryKeyOf,
  countBy,
  filterSegments,
  filtersFromQuery,
  groupOpenFindings,
  initialReviewState,
  NO_FILTERS,
  openFindings,
  queryOfFilters,
  reviewReducer,
  type Announcement,
  type CheckCatalog,
  type Filters,
  type Permissions,
} from "./review-state";
import { ReviewToolbar } from "./review-toolbar";
import { SegmentRow } from "./segment-row";
import { useReviewCommands } from "./use-review-commands";
import { useReviewShortcuts } from "./use-review-shortcuts";

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
  /** The filters the page's address asks for, as "My queue" links and shared links do. */
  initialFilters: Filters;
  /** Whose work the "For you" filter shows. */
  waitingRole: WaitingRole;
}

const ADDRESS_DELAY_MS = 300;

/** The review screen: the toolbar, the segment rows and the open dialog, over one reducer's state. */
export function ReviewWorkspace({
  articleId,
  segments,
  findings,
  openComments,
  catalog,
  language,
  sourceLanguage,
  permissions,
  initialFilters,
  waitingRole,
}: ReviewWorkspaceProps) {
  const t = useTranslations("Review");
  const [state, dispatch] = useReducer(
    reviewReducer,
    { segments, findings, openComments, initialFilters, waitingRole },
    initialReviewState,
  );
  const { data, filters, currentId, editingId, pending, problems } = state;
  const now = useNow({ updateInterval: 60_000 });
  const section = useRef<HTMLElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const open = useMemo(() => openFindings(data.findings), [data.findings]);
  const openBySegment = useMemo(() => groupOpenFindings(open), [open]);
  const visible = useMemo(
    () => filterSegments(data.segments, openBySegment, data.openComments, filters, waitingRole),
    [data.segments, openBySegment, data.openComments, filters, waitingRole],
  );
  const waitingCount = useMemo(
    () => data.segments.filter((segment) => waitsFor(waitingRole, segment, data.openComments[segment.id] ?? 0)).length,
    [data.segments, data.openComments, waitingRole],
  );
  const commented = Object.values(data.openComments).filter((count) => count > 0).length;
  const numbers = useMemo(
    () => new Map(data.segments.map((segment, index) => [segment.id, index + 1])),
    [data.segments],
  );
  const exportable = data.segments.filter((segment) => segment.kind !== "page_chrome");
  const approved = exportable.filter((segment) => segment.status === "approved").length;
  const statusCounts = useMemo(() => countBy(data.segments, (segment) => segment.status), [data.segments]);
  const kindCounts = useMemo(() => countBy(data.segments, (segment) => segment.kind), [data.segments]);
  const checkCounts = useMemo(() => countBy(open, (finding) => finding.check), [open]);
  const categoryCounts = useMemo(
    () => countBy(open, (finding) => categoryKeyOf(catalog, finding.check)),
    [open, catalog],
  );
  const numberOf = useCallback((segmentId: number) => numbers.get(segmentId) ?? 0, [numbers]);

  const commands = useReviewCommands(articleId, permissions, state, dispatch);
  useReviewShortcuts({ state, dispatch, onCommand: commands.onCommand, searchRef });

  // The reducer asks for focus by naming a row; moving it is a change to the page, so it happens here, once
  // the row is drawn.
  useEffect(() => {
    if (!state.focus) return;
    const { segmentId } = state.focus;
    const frame = requestAnimationFrame(() => {
      const row = document.getElementById(`segment-${segmentId}`);
      row?.focus({ preventScroll: true });
      row?.scrollIntoView({ block: "nearest" });
    });
    return () => cancelAnimationFrame(frame);
  }, [state.focus]);

  // The filters live in the address, so that a reload keeps them and a copied link shares them. Back may
  // bring a page rendered for other filters than its address holds: the address wins, once, on mount.
  const addressRead = useRef(false);
  useEffect(() => {
    const fromAddress = filtersFromQuery(
      Object.fromEntries(new URLSearchParams(window.location.search)),
      Object.keys(catalog),
    );
    if (queryOfFilters(fromAddress).toString() !== queryOfFilters(initialFilters).toString())
      dispatch({ type: "filter", filters: fromAddress });
    addressRead.current = true;
  }, [catalog, initialFilters]);
  useEffect(() => {
    if (!addressRead.current) return;
    const write = () => {
      const query = queryOfFilters(filters).toString();
      const address = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
      if (address === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
      try {
        // The router's own state is kept, so that Back and Forward still find this entry.
        window.history.replaceState(window.history.state, "", address);
      } catch {
        // Browsers refuse history calls past a rate limit; the filters still apply, only the address lags.
      }
    };
    // Typing a search writes the address once the typing pauses, not on every key.
    const timer = setTimeout(write, ADDRESS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [filters]);

  // A link to one segment (the Checks page's examples) opens the article at that segment.
  useEffect(() => {
    const linked = Number(/^#segment-(\d+)$/u.exec(window.location.hash)?.[1]);
    if (segments.some((segment) => segment.id === linked)) dispatch({ type: "link", segmentId: linked });
  }, [segments]);

  // Declared last, so that it runs after every other effect: the browser tests wait for it before they press keys.
  useEffect(() => {
    section.current?.setAttribute("data-ready", "true");
  }, []);

  return (
    <section ref={section} aria-labelledby="segments-heading" className="workspace">
      <h2 id="segments-heading" className="visually-hidden">
        {t("segmentsHeading")}
      </h2>
      {state.gone && (
        <p role="alert" className="problem article-gone">
          {t("articleGone")}
        </p>
      )}
      <ReviewToolbar
        filters={filters}
        onFilters={(next) => dispatch({ type: "filter", filters: next })}
        searchRef={searchRef}
        catalog={catalog}
        total={data.segments.length}
        shown={visible.length}
        approved={approved}
        exportable={exportable.length}
        statusCounts={statusCounts}
        waitingCount={waitingCount}
        kindCounts={kindCounts}
        checkCounts={checkCounts}
        categoryCounts={categoryCounts}
        openFindings={open.length}
        commented={commented}
        permissions={permissions}
        onBulkFix={() => dispatch({ type: "open-dialog", dialog: { type: "bulk-fix" } })}
        onBulkApprove={() => dispatch({ type: "open-dialog", dialog: { type: "bulk-approve" } })}
        onHelp={() => dispatch({ type: "open-dialog", dialog: { type: "help" } })}
      />
      <p className="visually-hidden" aria-live="polite">
        {state.announcement && announce(t, state.announcement)}
      </p>
      {data.segments.length === 0 ? (
        <p className="empty-state">{t("empty")}</p>
      ) : visible.length === 0 ? (
        <p className="empty-state">
          {t("noMatches")}{" "}
          <button
            type="button"
            className="link-button"
            onClick={() => dispatch({ type: "filter", filters: NO_FILTERS })}
          >
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
                findings={state.findingsBySegment.get(segment.id)}
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
                onCommand={commands.onCommand}
              />
            ))}
          </ol>
        </>
      )}
      <ReviewDialogs
        dialog={state.dialog}
        articleId={articleId}
        segments={data.segments}
        pending={pending}
        language={language}
        catalog={catalog}
        permissions={permissions}
        checkCounts={checkCounts}
        checkFilter={filters.check}
        numberOf={numberOf}
        commands={commands}
        dispatch={dispatch}
      />
    </section>
  );
}

function announce(t: ReturnType<typeof useTranslations<"Review">>, announcement: Announcement): string {
  switch (announcement.key) {
    case "announceApproved":
      return t("announceApproved", { number: announcement.number });
    case "announceFixed":
      return t("announceFixed", { count: announcement.count });
    case "announceBulkApproved":
      return t("announceBulkApproved", { count: announcement.count });
  }
}
