import { sideBySide } from "@/lib/diff/word-diff";

interface DiffLineProps {
  before: string;
  after: string;
  language: string;
  /** "both": one line reading from `before` to `after`; "after": only `after`, its differences underlined. */
  show?: "both" | "after";
}

/** Removals struck through, additions underlined. */
export function DiffLine({ before, after, language, show = "both" }: DiffLineProps) {
  const diff = sideBySide(before, after, language);
  if (show === "after") {
    return (
      <p className="diff-line" lang={language}>
        {diff.after.map((span, index) =>
          span.kind === "added" ? <ins key={index}>{span.text}</ins> : <span key={index}>{span.text}</span>,
        )}
      </p>
    );
  }
  const spans: { kind: string; text: string }[] = [];
  let left = 0;
  let right = 0;
  while (left < diff.before.length || right < diff.after.length) {
    const removed = diff.before[left];
    const added = diff.after[right];
    if (removed?.kind === "removed") {
      spans.push(removed);
      left += 1;
    } else if (added?.kind === "added") {
      spans.push(added);
      right += 1;
    } else {
      if (added) spans.push(added);
      left += 1;
      right += 1;
    }
  }
  return (
    <p className="diff-line" lang={language}>
      {spans.map((span, index) =>
        span.kind === "removed" ? (
          <del key={index}>{span.text}</del>
        ) : span.kind === "added" ? (
          <ins key={index}>{span.text}</ins>
        ) : (
          <span key={index}>{span.text}</span>
        ),
      )}
    </p>
  );
}
