export const ROLES = ["admin", "editor", "translator"] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  "article.read",
  "segment.edit",
  "segment.review",
  "article.import",
  "article.export",
  "article.delete",
  "article.assign",
  "users.manage",
] as const;
export type Action = (typeof ACTIONS)[number];

export interface Actor {
  id: number;
  role: Role;
}

/** What the rule for an article needs to know: whether the actor is assigned to it. */
export interface ArticleAccess {
  assigned: boolean;
}

// Who may do what, as the table has it. "Assigned" rules also need the article.
const RULES: Record<Action, Record<Role, "always" | "assigned" | "never">> = {
  "article.read": { admin: "always", editor: "assigned", translator: "assigned" },
  "segment.edit": { admin: "always", editor: "assigned", translator: "assigned" },
  "segment.review": { admin: "always", editor: "assigned", translator: "never" },
  "article.import": { admin: "always", editor: "never", translator: "never" },
  "article.export": { admin: "always", editor: "assigned", translator: "never" },
  "article.delete": { admin: "always", editor: "never", translator: "never" },
  "article.assign": { admin: "always", editor: "never", translator: "never" },
  "users.manage": { admin: "always", editor: "never", translator: "never" },
};

/** The one place that says who may do what. Hiding a button is never enough: servers ask this. */
export function can(actor: Actor | null, action: Action, article?: ArticleAccess): boolean {
  if (!actor) return false;
  const rule = RULES[action][actor.role];
  return rule === "always" || (rule === "assigned" && article?.assigned === true);
}

/** Whether the role may ever do the action, on some article: for showing or hiding controls. */
export function mayEver(actor: Actor | null, action: Action): boolean {
  return can(actor, action, { assigned: true });
}
