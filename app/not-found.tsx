import { routing } from "@/lib/i18n/routing";
import en from "@/messages/en.json";

// Reached only for paths outside any locale, where no translations are loaded yet.
export default function GlobalNotFound() {
  return (
    <html lang={routing.defaultLocale}>
      <body>
        <main className="page narrow">
          <h1>{en.NotFound.title}</h1>
          <p>{en.NotFound.body}</p>
          <a href={`/${routing.defaultLocale}`}>{en.NotFound.home}</a>
        </main>
      </body>
    </html>
  );
}
