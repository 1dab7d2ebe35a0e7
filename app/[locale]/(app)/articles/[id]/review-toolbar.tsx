"use client";

import { useTranslations } from "next-intl";
import type { RefObject } from "react";
import { SEGMENT_KINDS, SEGMENT_STATUSES, type SegmentKind, type SegmentStatus } from "@/lib/segmentation/kinds";
import { checkMessage } from "./annotated-text";
import { NO_FILTERS, type CategoryKey, type CheckCatalog, type Filters, type Permissions } from "./review-state";

interface ReviewToolbarProps {
  filters: Filters;
  onFilters(filters: Filters): void;
  searchRef: RefObject<HTMLInputElement | null>;
  catalog: CheckCatalog;
  total: number;
  shown: number;
  approved: number;
  exportable: number;
  statusCounts: ReadonlyMap<SegmentStatus, number>;
  /** Segments that wait for the person looking: what "For you" shows. */
  waitingCount: number;
  kindCounts: ReadonlyMap<SegmentKind, number>;
  checkCounts: ReadonlyMap<string, number>;
  categoryCounts: ReadonlyMap<CategoryKey, number>;
  openFindings: number;
  /** Segments with unresolved comments. */
  commented: number;
  permissions: Permissions;
  onBulkFix(): void;
  onBulkApprove(): void;
  onHelp(): void;
}

export function ReviewToolbar({
  filters,
  onFilters,
  searchRef,
  catalog,
  total,
  shown,
  approved,
  exportable,
  statusCounts,
  waitingCount,
  kindCounts,
  checkCounts,
  categoryCounts,
  openFindings,
  commented,
  permissions,
  onBulkFix,
  onBulkApprove,
  onHelp,
}: ReviewToolbarProps) {
  const t = useTranslations("Review");
  const tStatuses = useTranslations("Statuses");
  const tKinds = useTranslations("Kinds");
  const tChecks = useTranslations("Checks");
  const filtered =
    filters.status !== "all" ||
    filters.check !== "all" ||
    filters.kind !== "all" ||
    filters.search.trim() !== "" ||
    filters.commented;

  return (
    <div className="review-toolbar">
      <div className="toolbar-row">
        <progress className="article-progress" max={exportable || 1} value={approved} aria-label={t("progressLabel")} />
        <span>{t("progress", { approved: approved, total: exportable })}</span>
        <span className="muted">·</span>
        <span>{t("openFindings", { count: openFindings })}</span>
        {[...categoryCounts].map(([categoryKey, count]) => (
          <span key={categoryKey} className="category-count">
            {tChecks(`categories.${categoryKey}`)} {count}
          </span>
        ))}
        <span className="toolbar-spacer" />
        {permissions.edit && (
          <button type="button" onClick={onBulkFix} disabled={openFindings === 0}>
            {t("bulkFix")}
          </button>
        )}
        {permissions.review && (
          <button type="button" onClick={onBulkApprove}>
            {t("bulkApprove")}
          </button>
        )}
        <button type="button" onClick={onHelp} aria-keyshortcuts="?">
          {t("shortcuts")}
        </button>
      </div>
      <div className="toolbar-row filters" role="search" aria-label={t("filtersLabel")}>
        <div className="chips" role="group" aria-label={t("statusFilter")}>
          {[
            { status: "waiting" as const, label: t("waitingFilter"), count: waitingCount },
            { status: "all" as const, label: t("all"), count: total },
            ...SEGMENT_STATUSES.map((status) => ({
              status,
              label: tStatuses(status),
              count: statusCounts.get(status) ?? 0,
            })),
          ].map(({ status, label, count }) => (
            <button
              key={status}
              type="button"
              className="chip"
              aria-pressed={filters.status === status}
              onClick={() => onFilters({ ...filters, status })}
            >
              {label} <span className="count">{count}</span>
            </button>
          ))}
        </div>
        <button
          type="button"
          className="chip standalone"
          aria-pressed={filters.commented}
          onClick={() => onFilters({ ...filters, commented: !filters.commented })}
        >
          {t("commentedFilter")} <span className="count">{commented}</span>
        </button>
        <label className="select-filter">
          <span>{t("checkFilter")}</span>
          <select value={filters.check} onChange={(event) => onFilters({ ...filters, check: event.target.value })}>
            <option value="all">{t("allChecks")}</option>
            {Object.keys(catalog).map((check) => (
              <option key={check} value={check} disabled={!checkCounts.get(check)}>
                {t("optionCount", {
                  label: checkMessage(tChecks, catalog, { check, values: null }, "name"),
                  count: checkCounts.get(check) ?? 0,
                })}
              </option>
            ))}
          </select>
        </label>
        <label className="select-filter">
          <span>{t("kindFilter")}</span>
          <select
            value={filters.kind}
            onChange={(event) => onFilters({ ...filters, kind: event.target.value as Filters["kind"] })}
          >
            <option value="all">{t("allKinds")}</option>
            {SEGMENT_KINDS.map((kind) => (
              <option key={kind} value={kind} disabled={!kindCounts.get(kind)}>
                {t("optionCount", { label: tKinds(kind), count: kindCounts.get(kind) ?? 0 })}
              </option>
            ))}
          </select>
        </label>
        <input
          ref={searchRef}
          type="search"
          className="search"
          placeholder={t("searchPlaceholder")}
          aria-label={t("search")}
          aria-keyshortcuts="/"
          value={filters.search}
          onChange={(event) => onFilters({ ...filters, search: event.target.value })}
        />
        <span className="muted small" aria-live="polite">
          {t("shown", { shown: shown, total: total })}
        </span>
        {filtered && (
          <button type="button" className="link-button" onClick={() => onFilters(NO_FILTERS)}>
            {t("clearFilters")}
          </button>
        )}
      </div>
    </div>
  );
}
