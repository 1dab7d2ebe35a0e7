import type { ReactNode } from "react";
import "./globals.css";

// The real document shell lives in app/[locale]/layout.tsx; this one exists for not-found.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
