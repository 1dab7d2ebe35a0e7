"use client";

import { useEffect, useEffectEvent, type Dispatch, type RefObject } from "react";
import type { ReviewAction, ReviewState } from "./review-state";
import type { RowCommand } from "./segment-row";

/** Alt+key: a command for the current row. */
const ALT_COMMANDS: Readonly<Record<string, RowCommand>> = {
  KeyA: { type: "approve-now" },
  KeyR: { type: "reject" },
  KeyM: { type: "merge" },
  KeyC: { type: "toggle-chrome" },
  KeyH: { type: "history" },
};

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && Boolean(target.closest("input, textarea, select, [contenteditable='true']"));
}

interface ShortcutOptions {
  state: Pick<ReviewState, "currentId" | "dialog">;
  dispatch: Dispatch<ReviewAction>;
  onCommand(segmentId: number, command: RowCommand): void;
  searchRef: RefObject<HTMLInputElement | null>;
}

/** The review screen's keys: the whole flow works without a mouse; `?` lists them (see help-dialog.tsx). */
export function useReviewShortcuts({ state, dispatch, onCommand, searchRef }: ShortcutOptions) {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    // A dialog has keys of its own, and a field takes letters as text.
    if (event.defaultPrevented || state.dialog || isTyping(event.target)) return;
    const current = state.currentId;
    const onButton = event.target instanceof HTMLElement && Boolean(event.target.closest("button, a, [popover]"));
    if (event.altKey && !event.ctrlKey && !event.metaKey) {
      const command = ALT_COMMANDS[event.code];
      if (command && current !== null) {
        event.preventDefault();
        onCommand(current, command);
      }
      return;
    }
    if (event.ctrlKey || event.metaKey) return;
    if (event.key === "?") {
      event.preventDefault();
      dispatch({ type: "open-dialog", dialog: { type: "help" } });
    } else if (event.key === "/") {
      event.preventDefault();
      searchRef.current?.focus();
    } else if (event.key === "j" || event.key === "ArrowDown") {
      event.preventDefault();
      dispatch({ type: "move", step: 1 });
    } else if (event.key === "k" || event.key === "ArrowUp") {
      event.preventDefault();
      dispatch({ type: "move", step: -1 });
    } else if ((event.key === "Enter" || event.key === "F2" || event.key === "e") && !onButton && current !== null) {
      event.preventDefault();
      onCommand(current, { type: "edit" });
    } else if (event.key === "f" && current !== null) {
      const mark = document.querySelector<HTMLButtonElement>(`#segment-${current} .finding-mark-button`);
      if (mark) {
        event.preventDefault();
        mark.focus();
      }
    }
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, []);
}
