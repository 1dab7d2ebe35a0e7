import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    // One zone for server and browser, so that dates render the same on both sides.
    timeZone: process.env.GALLEY_TIME_ZONE || Intl.DateTimeFormat().resolvedOptions().timeZone,
    // Relative times ("2 minutes ago") count from the request, on the server and while hydrating.
    now: new Date(),
    messages: (await import(`../../messages/${locale}.json`)).default,
  };
});
