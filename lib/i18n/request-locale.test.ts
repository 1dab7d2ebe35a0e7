import { describe, expect, it } from "vitest";
import { requestLocale } from "./request-locale";

const withLanguages = (acceptLanguage: string, cookie?: string) =>
  new Headers({ "accept-language": acceptLanguage, ...(cookie ? { cookie } : {}) });

describe("requestLocale", () => {
  it.each([
    ["ca", "ca"],
    ["es-ES,es;q=0.9,en;q=0.8", "es"],
    ["ca;q=0, es;q=0.5", "es"],
    ["ca;q=0", "en"],
    ["fr-FR,fr;q=0.9", "en"],
    ["de, ca;q=0.2", "ca"],
    ["*", "en"],
    ["", "en"],
    ["not a tag;;, ***", "en"],
    ["en-GB;q=0.3, ca-ES;q=0.8", "ca"],
  ])("answers %j in %s", (acceptLanguage, locale) => {
    expect(requestLocale(withLanguages(acceptLanguage))).toBe(locale);
  });

  it("prefers the locale the person chose, in the cookie", () => {
    expect(requestLocale(withLanguages("ca", "a=1; NEXT_LOCALE=es"))).toBe("es");
    expect(requestLocale(withLanguages("ca", "NEXT_LOCALE=xx"))).toBe("ca");
  });
});
