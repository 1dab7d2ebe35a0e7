import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { routing, type AppLocale } from "./routing";

function isAppLocale(value: string | undefined): value is AppLocale {
  return (routing.locales as readonly string[]).includes(value ?? "");
}

/**
 * The UI language of a request outside the locale-prefixed pages (API routes): the locale
 * cookie next-intl sets, else Accept-Language negotiated as next-intl's middleware does for
 * the pages (negotiator, then @formatjs/intl-localematcher), so `ca;q=0` means "not Catalan".
 */
export function requestLocale(headers: Headers): AppLocale {
  const cookie = headers.get("cookie")?.match(/(?:^|;\s*)NEXT_LOCALE=([^;]+)/)?.[1];
  if (isAppLocale(cookie)) return cookie;
  const accepted = new Negotiator({
    headers: { "accept-language": headers.get("accept-language") ?? undefined },
  }).languages();
  try {
    const matched = match(accepted, routing.locales, routing.defaultLocale);
    return isAppLocale(matched) ? matched : routing.defaultLocale;
  } catch {
    // A tag that isn't well-formed BCP 47 ("**", "x_y") counts for nothing.
    return routing.defaultLocale;
  }
}
