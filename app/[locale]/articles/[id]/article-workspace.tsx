"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import type { SegmentRow as Segment } from "@/lib/db/segments/segment-row";
import { SegmentRow } from "./segment-row";

export function ArticleWorkspace({ segments: initial, language }: { segments: Segment[]; language: string }) {
  const t = useTranslations("Article");
  const tSegment = useTranslations("Segment");
  const [segments, setSegments] = useState(initial);
  const replace = useCallback((updated: Segment) => {
    setSegments((current) => current.map((segment) => (segment.id === updated.id ? updated : segment)));
  }, []);
  const approved = segments.filter((segment) => segment.status === "approved").length;

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
              segment={segment}
              language={language}
              number={index + 1}
              startsBlock={index === 0 || segments[index - 1]?.block !== segment.block}
              onChange={replace}
            />
          ))}
        </ol>
        </>
      )}
    </section>
  );
}
