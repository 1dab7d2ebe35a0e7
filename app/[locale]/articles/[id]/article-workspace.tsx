"use client";

import { useTranslations } from "next-intl";
import { useCallback, useMemo, useState } from "react";
import type { FindingRow } from "@/lib/db/findings/finding-row";
import type { SegmentRow as Segment } from "@/lib/db/segments/segment-row";
import type { ArticleUpdate } from "./actions";
import type { CheckCatalog } from "./finding-list";
import { SegmentRow } from "./segment-row";

/** Replaces changed segments in place and puts new ones (from a split) next to their sibling. */
function mergeSegments(current: Segment[], changed: Segment[]): Segment[] {
  const next = [...current];
  let anchor = -1;
  for (const segment of changed) {
    const at = next.findIndex((candidate) => candidate.id === segment.id);
    if (at >= 0) {
      next[at] = segment;
      anchor = at;
    } else {
      const sibling = changed.find((other) => next.some((candidate) => candidate.id === other.id));
      const siblingAt = sibling ? next.findIndex((candidate) => candidate.id === sibling.id) : next.length - 1;
      const insertAt = anchor >= 0 ? anchor + 1 : siblingAt;
      next.splice(insertAt, 0, segment);
      anchor = insertAt;
    }
  }
  return next;
}

export interface ArticleWorkspaceProps {
  articleId: number;
  segments: Segment[];
  findings: FindingRow[];
  catalog: CheckCatalog;
  language: string;
}

export function ArticleWorkspace({ articleId, segments: initialSegments, findings: initialFindings, catalog, language }: ArticleWorkspaceProps) {
  const t = useTranslations("Article");
  const tSegment = useTranslations("Segment");
  const [segments, setSegments] = useState(initialSegments);
  const [findings, setFindings] = useState(initialFindings);
  const update = useCallback((change: ArticleUpdate) => {
    if (change.segments.length > 0) setSegments((current) => mergeSegments(current, change.segments));
    if (change.findings) setFindings(change.findings);
  }, []);
  const findingsBySegment = useMemo(() => {
    const grouped = new Map<number, FindingRow[]>();
    for (const finding of findings) grouped.set(finding.segmentId, [...(grouped.get(finding.segmentId) ?? []), finding]);
    return grouped;
  }, [findings]);
  const approved = segments.filter((segment) => segment.status === "approved").length;
  const openFindings = findings.filter((finding) => !finding.dismissal).length;

  return (
    <section aria-labelledby="segments-heading">
      <div className="workspace-bar">
        <h2 id="segments-heading" className="visually-hidden">
          {t("segmentsHeading")}
        </h2>
        <progress
          className="article-progress"
          max={segments.length || 1}
          value={approved}
          aria-label={t("progressLabel")}
          aria-valuetext={t("progress", { approved, total: segments.length })}
        />
        <span>{t("progress", { approved, total: segments.length })}</span>
        <span className="muted">·</span>
        <span>{t("openFindings", { count: openFindings })}</span>
      </div>
      {segments.length === 0 ? (
        <p className="empty-state">{t("empty")}</p>
      ) : (
        <>
          <div className="segments-header" aria-hidden="true">
            <span />
            <span>{tSegment("machineOutput")}</span>
            <span>{tSegment("currentText")}</span>
          </div>
          <ol className="segments">
            {segments.map((segment, index) => (
              <SegmentRow
                key={segment.id}
                articleId={articleId}
                segment={segment}
                findings={findingsBySegment.get(segment.id) ?? []}
                catalog={catalog}
                language={language}
                number={index + 1}
                startsBlock={index === 0 || segments[index - 1]?.block !== segment.block}
                onUpdate={update}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
