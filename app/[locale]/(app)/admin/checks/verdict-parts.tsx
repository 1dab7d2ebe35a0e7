import type { ReactNode } from "react";
import type { DismissalReason } from "@/lib/db/findings/dismissal-reason";
import type { DismissedExample, VerdictFigures } from "@/lib/db/checks/get-checks-report";
import { DISMISSAL_CONTEXT_CHARS } from "@/lib/db/findings/dismiss-finding";
import { Link } from "@/lib/i18n/navigation";
import styles from "./checks.module.css";

/** Precision as a point on its confidence interval, 0 to 100%; the text beside it says the same. */
export function PrecisionBar({ figures }: { figures: VerdictFigures }) {
  const { precision, interval } = figures;
  // Reviewers dismiss most of its findings, and enough of them to be sure: worth a look.
  const doubtful = interval !== null && interval.high < 0.5;
  return (
    <span className={styles.bar} data-doubtful={doubtful} aria-hidden="true">
      {interval && (
        <span
          className={styles.barRange}
          style={{ left: `${interval.low * 100}%`, width: `${(interval.high - interval.low) * 100}%` }}
        />
      )}
      {precision !== null && <span className={styles.barPoint} style={{ left: `${precision * 100}%` }} />}
    </span>
  );
}

export function ReasonList({
  reasons,
  names,
  empty,
}: {
  reasons: Record<DismissalReason, number>;
  names: Record<DismissalReason, string>;
  empty: string;
}) {
  const entries = (Object.keys(names) as DismissalReason[]).map((reason) => [reason, reasons[reason]] as const);
  const most = Math.max(0, ...entries.map(([, count]) => count));
  if (most === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className={styles.reasons}>
      {entries.map(([reason, count]) => (
        <li key={reason}>
          <span className={styles.reasonName}>{names[reason]}</span>
          <span className={styles.reasonBar} aria-hidden="true">
            <span style={{ width: `${(count / most) * 100}%` }} />
          </span>
          <span className="numeric">{count}</span>
        </li>
      ))}
    </ul>
  );
}

export interface DismissedItem extends DismissedExample {
  /** The check's name, when the list mixes checks. */
  checkName?: string;
}

/** Dismissed texts, most often first, each in its context and linked to its segment when it still exists. */
export function DismissedList({
  items,
  describe,
}: {
  items: DismissedItem[];
  describe(item: DismissedItem): { times: string; reason: string | null; where: ReactNode };
}) {
  return (
    <ol className={styles.dismissed}>
      {items.map((item, index) => {
        const { times, reason, where } = describe(item);
        return (
          <li key={`${item.checkName ?? ""}-${item.text}-${index}`}>
            <p className={styles.context}>
              {item.contextBefore && (
                <span className="muted">
                  {item.contextBefore.length >= DISMISSAL_CONTEXT_CHARS && "…"}
                  {item.contextBefore}
                </span>
              )}
              <mark>{item.text}</mark>
              {item.contextAfter && (
                <span className="muted">
                  {item.contextAfter}
                  {item.contextAfter.length >= DISMISSAL_CONTEXT_CHARS && "…"}
                </span>
              )}
            </p>
            <p className="small">
              {item.checkName && <strong>{item.checkName} · </strong>}
              {times}
              {reason && <> · {reason}</>} · {where}
            </p>
          </li>
        );
      })}
    </ol>
  );
}

/** A link to a dismissed finding's segment in the review screen, or why there is none. */
export function SegmentLink({
  item,
  inArticle,
  gone,
}: {
  item: DismissedExample;
  inArticle(title: string): string;
  gone: string;
}) {
  if (!item.article || item.segmentId === null) return <span className="muted">{gone}</span>;
  return <Link href={`/articles/${item.article.id}#segment-${item.segmentId}`}>{inArticle(item.article.title)}</Link>;
}
