import { routing, type AppLocale } from "./routing";

function isAppLocale(value: string | undefined): value is AppLocale {
  return (routing.locales as readonly string[]).includes(value ?? "");
}

/**
 * The UI language of a request outside the locale-prefixed pages (API routes): the
 * locale cookie next-intl sets, else the best Accept-Language match, else the default.
 */
export function requestLocale(headers: Headers): AppLocale {
  const cookie = headers.get("cookie")?.match(/(?:^|;\s*)NEXT_LOCALE=([^;]+)/)?.[1];
  if (isAppLocale(cookie)) return cookie;
  const accepted = (headers.get("accept-language") ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const quality = Number(params.find((param) => param.trim().startsWith("q="))?.trim().slice(2) ?? 1);
      return { language: tag.toLowerCase().split("-")[0], quality: Number.isFinite(quality) ? quality : 0 };
    })
    .sort((a, b) => b.quality - a.quality);
  return accepted.map((entry) => entry.language).find(isAppLocale) ?? routing.defaultLocale;
}
