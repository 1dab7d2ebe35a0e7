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
        const name = format
          .formatToParts(new Date(Date.UTC(2025, index, 15)))
          .find((part) => part.type === "month")?.value;
        if (name) names.add(name.replace(/\.$/u, "").toLowerCase());
      }
    }
  }
  return [...names].sort((left, right) => right.length - left.length);
}

const MONTH = `(?:${monthNames().join("|")})\\.?`;
const DATE_PREFIX =
  "(?:(?:upd|updated|published|last updated|act|actualitzat|actualitzada|actualizado|publicat|publicada|publicado)\\.?:?\\s*)?";
const NUMERIC_DATE = "\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}";
const WORDED_DATE = `(?:\\d{1,2}\\s+(?:de\\s+)?${MONTH}(?:\\s+(?:de\\s+)?\\d{4})?|${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?)`;
const TIME = "\\d{1,2}[:.h]\\d{2}\\s*(?:h|am|pm|a\\.m\\.|p\\.m\\.)?";

export const DATE_LINE = new RegExp(
  `^${DATE_PREFIX}(?:(?:${NUMERIC_DATE}|${WORDED_DATE})(?:\\s*[-–|·,]?\\s*(?:at\\s+)?${TIME})?|${TIME})\\.?$`,
  "iu",
);
/** An update stamp whose date the copy cut short ("Upd. 20"). */
export const TRUNCATED_DATE_LINE = /^(?:upd|updated|act|actualitzat|actualizado)\.\s*\d{1,2}$/iu;
export const READING_TIME =
  /^(?:(?:reading time|read time|temps de lectura|tiempo de lectura)\s*:?\s*)?\d{1,3}\s?(?:min(?:ute)?s?\.?|')(?:\s+(?:read|reading|de lectura|lectura))?\.?$/iu;

/** Labels of news-site widgets and buttons that page copying drags along, by page language. */
export const WIDGET_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: [
    "share",
    "share this",
    "share this article",
    "share on facebook",
    "share on x",
    "share on twitter",
    "share on whatsapp",
    "copy link",
    "link copied",
    "subscribe",
    "subscribe now",
    "sign up",
    "sign in",
    "log in",
    "follow",
    "follow us",
    "print",
    "save",
    "save article",
    "listen",
    "listen to this article",
    "read more",
    "read also",
    "see also",
    "related",
    "related articles",
    "related news",
    "most read",
    "more news",
    "comment",
    "comments",
    "stats",
    "statistics",
    "advertisement",
    "advertising",
    "sponsored",
    "newsletter",
    "expand",
    "collapse",
    "show more",
    "show less",
    "close",
    "back to top",
    "loading",
    "loading video",
    "please wait",
    "gallery",
    "photos",
    "video",
    "watch the video",
    "play video",
    "ad",
    "ads",
    "advert",
    "sponsored content",
    "paid content",
    "partner content",
    "continue reading",
    "keep reading",
    "skip ad",
    "skip advertisement",
    "audio",
    "listen to the audio",
    "play",
    "pause",
    "mute",
    "full screen",
    "your browser does not support the video tag",
    "your browser does not support video",
    "this video is not available",
    "video not available",
    "javascript is disabled",
    "enable javascript to watch this video",
  ],
  ca: [
    "desplega",
    "plega",
    "comparteix",
    "comenta",
    "comentaris",
    "segueix",
    "segueix-nos",
    "subscriu-te",
    "subscriu",
    "llegeix",
    "llegeix-ne",
    "més llegides",
    "publicitat",
    "tanca",
    "mostra",
    "amaga",
    "enllaç",
    "copia",
    "imprimeix",
    "desa",
    "escolta",
    "notícies",
    "relacionades",
    "últimes",
    "inicia sessió",
    "registra't",
    "carregant",
    "s'està carregant",
    "anunci",
    "anuncis",
    "espai publicitari",
    "contingut patrocinat",
    "patrocinat",
    "continua llegint",
    "segueix llegint",
    "reprodueix",
    "mira el vídeo",
    "veure vídeo",
    "galeria",
    "fotos",
    "vídeo",
    "àudio",
    "pantalla completa",
    "salta l'anunci",
    "més informació",
    "tornar a dalt",
    "en directe",
    "darrera hora",
    "última hora",
  ],
  es: [
    "desplegar",
    "despliega",
    "compartir",
    "comparte",
    "comentar",
    "comentarios",
    "síguenos",
    "suscríbete",
    "leer más",
    "más leídas",
    "publicidad",
    "cerrar",
    "mostrar",
    "ocultar",
    "enlace",
    "copiar",
    "imprimir",
    "guardar",
    "escuchar",
    "noticias",
    "relacionadas",
    "últimas",
    "iniciar sesión",
    "regístrate",
    "cargando",
    "anuncio",
    "anuncios",
    "espacio publicitario",
    "contenido patrocinado",
    "patrocinado",
    "continúa leyendo",
    "sigue leyendo",
    "seguir leyendo",
    "reproducir",
    "ver vídeo",
    "ver video",
    "mira el vídeo",
    "galería",
    "fotos",
    "vídeo",
    "audio",
    "pantalla completa",
    "saltar anuncio",
    "más información",
    "volver arriba",
    "en directo",
    "última hora",
  ],
};

const WIDGET_PHRASES = new Set(Object.values(WIDGET_LABELS).flat());
// Counters that widgets show next to their label: "Comments (12)", "12 comments".
const WIDGET_COUNT = /^\(?\d+\)?\s+|\s+\(?\d+\)?$/gu;

const MAX_WIDGET_LENGTH = 60;

/** A whole block that is only a widget's label. */
export function isWidgetLabel(block: string): boolean {
  return (
    block.length <= MAX_WIDGET_LENGTH &&
    WIDGET_PHRASES.has(
      block
        .replace(WIDGET_COUNT, "")
        .replace(/[.:…]+$/u, "")
        .trim()
        .toLowerCase(),
    )
  );
}

/**
 * Widget text that is more than a fixed label, by class and language: a link to another
 * story ("Read also: …"), a cookie notice, an invitation to follow the site on a social
 * network, a gallery's counter ("3 / 12").
 */
const RELATED_LINK =
  /^(?:read (?:also|more)|also read|see also|related(?: news| article| story)?|more information|more on this|you may (?:also )?be interested(?: in)?|llegeix(?:-ne)? (?:també|més)|també et pot interessar|et pot interessar|vegeu també|més informació|lee (?:también|más)|te puede interesar|ver también|más información)\s*[:|·»>-]/iu;
const COOKIE_NOTICE = /(?<![\p{L}])(?:cookies?|galetes)(?![\p{L}])/iu;
const COOKIE_CHOICE =
  /(?<![\p{L}])(?:accept|consent|privacy|settings|preferences|accepta|consentiment|privacitat|configuració|acepta|aceptar|consentimiento|privacidad|configuración)/iu;
const SOCIAL_INVITATION =
  /^(?:follow|join|subscribe to|segueix(?:-nos)?|uneix-te|síguenos|sigue|únete)\b.{0,60}(?<![\p{L}])(?:facebook|x|twitter|instagram|whatsapp|telegram|tiktok|youtube|linkedin|bluesky|threads|mastodon)(?![\p{L}])/iu;
const MAY_BE_COOKIE = /ookie|galet/i;
const GALLERY_COUNTER = /^\d{1,3}\s*(?:\/|of|de)\s*\d{1,3}$/iu;
const MAX_WIDGET_TEXT_LENGTH = 300;

/**
 * One scan for the stems that media fallbacks, subscription boxes and cookie notices need, so
 * that ordinary paragraphs are turned away at once.
 */
// Without the Unicode flag: the engine scans plain text much faster, and every stem here is in
// the Basic Multilingual Plane.
const MAY_BE_WIDGET_PROSE =
  /ookie|galet|brows|navega|explorador|javascript|html5|flash|plug|v[ií]deo|[aà]udio|reproductor|multimedia|podcast|subscri|suscri|newsletter|butllet|bolet|sign.up|registra|regístra|soci/i;

/** Whether a block may be a player's fallback, a subscription box or a cookie notice: a cheap first look. */
export function mayBeWidgetProse(block: string): boolean {
  return MAY_BE_WIDGET_PROSE.test(block);
}

/** A block of widget text: a related-story link, a cookie notice, a social invitation, a counter. */
export function isWidgetText(block: string): boolean {
  if (block.length > MAX_WIDGET_TEXT_LENGTH) return false;
  return (
    RELATED_LINK.test(block) ||
    GALLERY_COUNTER.test(block) ||
    SOCIAL_INVITATION.test(block) ||
    (MAY_BE_COOKIE.test(block) && COOKIE_NOTICE.test(block) && COOKIE_CHOICE.test(block))
  );
}

/**
 * What a page's video or audio player says when it cannot play: "Your browser does not
 * support the video element", "Activa JavaScript per veure el vídeo". Three classes, by
 * language: the software, the media, and the phrases of not being able to play.
 */
const MEDIA_SOFTWARE = "browser|web browser|javascript|html5|flash player|plug-?in|navegador|navegadors|explorador";
const MEDIA = "video|videos|audio|audios|vídeo|vídeos|àudio|àudios|reproductor|multimedia|podcast";
const UNABLE =
  "does not support|doesn't support|do not support|not supported|unsupported|cannot play|can't play|unable to play|could not be (?:played|loaded)|cannot be (?:played|loaded)|failed to load|(?:is|isn't|is not) (?:currently )?(?:available|supported)|(?:is|are) disabled|must be enabled|needs to be enabled|please enable|enable javascript|(?:update|upgrade) your browser" +
  "|no admet|no suporta|no és compatible|no es pot reproduir|no s'ha pogut (?:carregar|reproduir)|no està disponible|activa (?:el )?javascript|actualitza (?:el )?(?:teu )?navegador" +
  "|no admite|no soporta|no es compatible|no se puede reproducir|no se ha podido (?:cargar|reproducir)|no está disponible|activa (?:el )?javascript|actualiza (?:tu )?navegador";
const bounded = (alternatives: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, "iu");
const MEDIA_SOFTWARE_WORD = bounded(MEDIA_SOFTWARE);
const MEDIA_WORD = bounded(MEDIA);
const UNABLE_PHRASE = bounded(UNABLE);
const MAX_MEDIA_FALLBACK_LENGTH = 200;
// A cheap first look, without the word boundaries: a stem of the software or media words.
const MAY_BE_MEDIA =
  /brows|navegador|explorador|javascript|html5|flash|plug|v[ií]deo|[aà]udio|reproductor|multimedia|podcast/iu;

// An audio or video player's clock: "0:00", "01:12 / 03:45".
const PLAYER_CLOCK = /^\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?$/u;

/** An audio or video player's clock. */
export function isPlayerClock(block: string): boolean {
  return PLAYER_CLOCK.test(block);
}

/** A player's fallback text: the software or the media, and a phrase of not being able to play. */
export function isMediaFallback(block: string): boolean {
  if (block.length > MAX_MEDIA_FALLBACK_LENGTH || !MAY_BE_MEDIA.test(block)) return false;
  return (MEDIA_SOFTWARE_WORD.test(block) || MEDIA_WORD.test(block)) && UNABLE_PHRASE.test(block);
}

/**
 * A newsletter or subscription box. Three classes, by language: a subscription word, what
 * such a box offers (an inbox, an account, every morning), and the reader addressed as
 * "you" or told what to do.
 */
const SUBSCRIPTION =
  "newsletters?|subscribe|subscribers?|subscriptions?|sign up|sign-up|unsubscribe" +
  "|butlletins?|butlletí|subscriu-te|subscriu|subscripci(?:ó|ons)|subscriptors?|subscriptora|registra't|fes-te soci" +
  "|boletines|boletín|suscríbete|suscribirse|suscripci(?:ón|ones)|suscriptor(?:es|a)?|regístrate|hazte socio";
const BOX_OFFER =
  "our|inbox|e-?mail|log in|sign in|sign up|account|unlimited|free|every (?:morning|day|week)|weekly|daily|here" +
  "|correu|inicia sessió|compte|il·limitat|gratu[iï]t|gratuïta|cada (?:matí|dia|setmana)|aquí" +
  "|correo|inicia sesión|cuenta|ilimitado|gratis|gratuito|cada (?:mañana|día|semana)|aquí";
const ADDRESSED =
  "you|your|yours|yourself|subscribe|sign up|register|receive|join|don't miss|click" +
  "|et|t'|teu|teva|teus|teves|vostè|subscriu-te|registra't|rep|uneix-te|clica|no et perdis" +
  "|te|tu|tus|usted|suscríbete|regístrate|recibe|recibirás|únete|haz clic|no te pierdas";
const SUBSCRIPTION_WORD = bounded(SUBSCRIPTION);
const BOX_OFFER_WORD = bounded(BOX_OFFER);
const ADDRESSED_WORD = bounded(ADDRESSED);
const MAX_SUBSCRIPTION_LENGTH = 400;
// A cheap first look, without the word boundaries: a stem of the subscription words.
const MAY_BE_SUBSCRIPTION = /subscri|suscri|newsletter|butllet|bolet|sign.up|registra|regístra|soci/iu;

/** A box inviting the reader to subscribe or sign up: short, offering something, addressed to the reader. */
export function isSubscriptionBox(block: string): boolean {
  return (
    block.length <= MAX_SUBSCRIPTION_LENGTH &&
    MAY_BE_SUBSCRIPTION.test(block) &&
    SUBSCRIPTION_WORD.test(block) &&
    BOX_OFFER_WORD.test(block) &&
    ADDRESSED_WORD.test(block)
  );
}

const AGENCIES = "EFE|Reuters|AFP|AP|Getty Images|Europa Press|ACN|Shutterstock|Bloomberg|DPA|ANSA|Xinhua";
const CREDIT_LINES = [
  /^(?:photo|photograph|picture|image|video|infographic|illustration|foto|fotografia|imatge|imagen|vídeo)s?\s*(?::|by\s)/iu,
  /^(?:©|\(c\)\s)/iu,
  /^(?:credit|credits|source|font|fuente)\s*:/iu,
  new RegExp(`^\\(?(?:${AGENCIES})\\)?$`, "u"),
];
const AGENCY_AFTER_SEPARATOR = new RegExp(`^[^.!?]{0,60}(?:/|\\||·)\\s*(?:${AGENCIES})\\)?$`, "u");
// The pattern above backtracks through sixty characters of every block; most have no separator at all.
const CREDIT_SEPARATOR = /[/|·]/u;

/** A photo or video credit line. */
export function isCreditLine(block: string): boolean {
  return (
    CREDIT_LINES.some((pattern) => pattern.test(block)) ||
    (CREDIT_SEPARATOR.test(block) && AGENCY_AFTER_SEPARATOR.test(block))
  );
}
