/** The most text one paste may hold; files have their own, larger limit. */
export const MAX_PASTE_CHARACTERS = 1_000_000;
