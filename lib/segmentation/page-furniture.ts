/**
 * What news pages put around an article, as patterns over a whole block (a line of the
 * copied page). Languages are those Galley imports from; month names come from Intl.
 */

const MONTH_LANGUAGES = ["en", "ca", "es"];

function monthNames(): string[] {
  const names = new Set<string>();
  for (const language of MONTH_LANGUAGES) {
    for (const month of ["long", "short"] as const) {
      const format = new Intl.DateTimeFormat(language, { month, timeZone: "UTC" });
      for (let index = 0; index < 12; index++) {
        const name = format.formatToParts(new Date(Date.UTC(2025, index, 15))).find((part) => part.type === "month")?.value;
        if (name) names.add(name.replace(/\.$/u, "").toLowerCase());
      }
    }
  }
  return [...names].sort((left, right) => right.length - left.length);
}

const MONTH = `(?:${monthNames().join("|")})\\.?`;
const DATE_PREFIX = "(?:(?:upd|updated|published|last updated|act|actualitzat|actualitzada|actualizado|publicat|publicada|publicado)\\.?:?\\s*)?";
const NUMERIC_DATE = "\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}";
const WORDED_DATE = `(?:\\d{1,2}\\s+(?:de\\s+)?${MONTH}(?:\\s+(?:de\\s+)?\\d{4})?|${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?)`;
const TIME = "\\d{1,2}[:.h]\\d{2}\\s*(?:h|am|pm|a\\.m\\.|p\\.m\\.)?";

export const DATE_LINE = new RegExp(
  `^${DATE_PREFIX}(?:(?:${NUMERIC_DATE}|${WORDED_DATE})(?:\\s*[-–|·,]?\\s*(?:at\\s+)?${TIME})?|${TIME})\\.?$`,
  "iu",
);
/** An update stamp whose date the copy cut short ("Upd. 20"). */
export const TRUNCATED_DATE_LINE = /^(?:upd|updated|act|actualitzat|actualizado)\.\s*\d{1,2}$/iu;
export const READING_TIME = /^(?:(?:reading time|read time|temps de lectura|tiempo de lectura)\s*:?\s*)?\d{1,3}\s?(?:min(?:ute)?s?\.?|')(?:\s+(?:read|reading|de lectura|lectura))?\.?$/iu;

/** Labels of news-site widgets and buttons that page copying drags along, by page language. */
export const WIDGET_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: [
    "share", "share this", "share this article", "share on facebook", "share on x", "share on twitter", "share on whatsapp",
    "copy link", "link copied", "subscribe", "subscribe now", "sign up", "sign in", "log in", "follow", "follow us",
    "print", "save", "save article", "listen", "listen to this article", "read more", "read also", "see also", "related",
    "related articles", "related news", "most read", "more news", "comment", "comments", "stats", "statistics",
    "advertisement", "advertising", "sponsored", "newsletter", "expand", "collapse", "show more", "show less", "close",
    "back to top", "loading", "gallery", "photos", "video", "watch the video", "play video",
    "your browser does not support the video tag", "your browser does not support video", "this video is not available",
    "video not available", "javascript is disabled", "enable javascript to watch this video",
  ],
  ca: [
    "desplega", "plega", "comparteix", "comenta", "comentaris", "segueix", "segueix-nos", "subscriu-te", "subscriu",
    "llegeix", "llegeix-ne", "més llegides", "publicitat", "tanca", "mostra", "amaga", "enllaç", "copia", "imprimeix",
    "desa", "escolta", "notícies", "relacionades", "últimes", "inicia sessió", "registra't",
  ],
  es: [
    "desplegar", "despliega", "compartir", "comparte", "comentar", "comentarios", "síguenos", "suscríbete", "leer más",
    "más leídas", "publicidad", "cerrar", "mostrar", "ocultar", "enlace", "copiar", "imprimir", "guardar", "escuchar",
    "noticias", "relacionadas", "últimas", "iniciar sesión", "regístrate",
  ],
};

const WIDGET_PHRASES = new Set(Object.values(WIDGET_LABELS).flat());
// Counters that widgets show next to their label: "Comments (12)", "12 comments".
const WIDGET_COUNT = /^\(?\d+\)?\s+|\s+\(?\d+\)?$/gu;

const MAX_WIDGET_LENGTH = 60;

/** A whole block that is only a widget's label. */
export function isWidgetLabel(block: string): boolean {
  return block.length <= MAX_WIDGET_LENGTH && WIDGET_PHRASES.has(block.replace(WIDGET_COUNT, "").replace(/[.:…]+$/u, "").trim().toLowerCase());
}

const AGENCIES = "EFE|Reuters|AFP|AP|Getty Images|Europa Press|ACN|Shutterstock|Bloomberg|DPA|ANSA|Xinhua";
const CREDIT_LINES = [
  /^(?:photo|photograph|picture|image|video|infographic|illustration|foto|fotografia|imatge|imagen|vídeo)s?\s*(?::|by\s)/iu,
  /^(?:©|\(c\)\s)/iu,
  /^(?:credit|credits|source|font|fuente)\s*:/iu,
  new RegExp(`^[^.!?]{0,60}(?:/|\\||·)\\s*(?:${AGENCIES})\\)?$`, "u"),
  new RegExp(`^\\(?(?:${AGENCIES})\\)?$`, "u"),
];

/** A photo or video credit line. */
export function isCreditLine(block: string): boolean {
  return CREDIT_LINES.some((pattern) => pattern.test(block));
}
