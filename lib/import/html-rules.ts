import type { TextHintType } from "./article-draft";

/** Elements whose content is never text a reader sees: code, media, form controls, metadata. */
export const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  "head",
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "object",
  "embed",
  "svg",
  "math",
  "canvas",
  "audio",
  "video",
  "picture",
  "img",
  "source",
  "track",
  "map",
  "select",
  "option",
  "datalist",
  "textarea",
  "input",
]);

/** Class names that hide text from sighted readers; such text would glue itself to the words around it. */
export const HIDDEN_CLASSES: ReadonlySet<string> = new Set([
  "sr-only",
  "visually-hidden",
  "visuallyhidden",
  "screen-reader-text",
  "screenreader-only",
  "hidden",
]);

/** Elements that are page chrome wherever they are: navigation, sidebars, forms and their buttons. */
export const CHROME_ELEMENTS: ReadonlySet<string> = new Set(["nav", "aside", "form", "button", "menu", "dialog"]);

/** `header` and `footer` are the site's banner and footer unless inside one of these (the ARIA landmark rule). */
export const SECTIONING_ELEMENTS: ReadonlySet<string> = new Set(["article", "aside", "main", "nav", "section"]);

export const CHROME_ROLES: ReadonlySet<string> = new Set([
  "banner",
  "navigation",
  "contentinfo",
  "complementary",
  "search",
  "menu",
  "menubar",
  "toolbar",
  "dialog",
  "alertdialog",
]);

/** Words in a class or id that mark a widget: share bars, related boxes, newsletters, ads. */
export const CHROME_WORDS: ReadonlySet<string> = new Set([
  "share",
  "sharing",
  "social",
  "related",
  "recommended",
  "recirculation",
  "newsletter",
  "subscribe",
  "subscription",
  "comments",
  "comment",
  "advert",
  "advertisement",
  "ad",
  "ads",
  "promo",
  "sponsored",
  "breadcrumb",
  "breadcrumbs",
  "sidebar",
  "cookie",
  "cookies",
  "paywall",
  "tags",
  "toolbar",
  "kicker",
  "eyebrow",
]);

/** Words in a class that mark the standfirst (dek, entradeta, entradilla, sumario…). */
export const STANDFIRST_WORDS: ReadonlySet<string> = new Set([
  "standfirst",
  "subtitle",
  "dek",
  "lede",
  "lead",
  "summary",
  "excerpt",
  "intro",
  "entradeta",
  "entradilla",
  "sumario",
  "subtitol",
  "subtitulo",
]);

/** Elements that begin and end a block of text; everything else flows inside one. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "legend",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

export const SPAN_ELEMENTS: Readonly<Record<string, TextHintType>> = {
  a: "link",
  em: "emphasis",
  i: "emphasis",
  cite: "emphasis",
  b: "strong",
  strong: "strong",
};
