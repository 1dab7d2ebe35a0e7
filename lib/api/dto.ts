import type { ArticleOverview } from "../db/articles/get-article-overview";
import type { ArticleSummary } from "../db/articles/list-articles";
import type { FindingRow } from "../db/findings/finding-row";
import type { SegmentRow } from "../db/segments/segment-row";
import type { ArticleDto, ArticleSummaryDto, FindingDto, ListedSegmentDto, SegmentDto } from "./schemas";

/** An article as the API sends it: dates as ISO 8601 strings. */
export function articleSummaryDto(article: ArticleSummary): ArticleSummaryDto {
  return {
    id: article.id,
    title: article.title,
    sourceLang: article.sourceLang,
    targetLang: article.targetLang,
    origin: article.origin,
    importedAt: article.importedAt.toISOString(),
    segmentCount: article.segmentCount,
    approvedCount: article.approvedCount,
  };
}

/** An article with its segments counted by status. */
export function articleDto(article: ArticleOverview): ArticleDto {
  return {
    ...articleSummaryDto(article),
    statusCounts: article.statusCounts,
    pageChromeCount: article.pageChromeCount,
  };
}

export function segmentDto(segment: SegmentRow): SegmentDto {
  return {
    id: segment.id,
    articleId: segment.articleId,
    position: segment.position,
    block: segment.block,
    kind: segment.kind,
    gapBefore: segment.gapBefore,
    mtText: segment.mtText,
    text: segment.text,
    sourceText: segment.sourceText,
    status: segment.status,
    version: segment.version,
    updatedAt: segment.updatedAt.toISOString(),
    updatedBy: segment.updatedBy ? { id: segment.updatedBy.id, name: segment.updatedBy.name } : null,
  };
}

/** An open finding; its category is one of the checks' MQM categories, stored as text. */
export function findingDto(finding: FindingRow): FindingDto {
  const { id, check, severity, start, end, text, fixes } = finding;
  return { id, check, category: finding.category as FindingDto["category"], severity, start, end, text, fixes };
}

/** A segment in a list, with its open findings. */
export function listedSegmentDto(segment: SegmentRow, findings: readonly FindingRow[]): ListedSegmentDto {
  return { ...segmentDto(segment), findings: findings.map(findingDto) };
}
