import type { Page } from "puppeteer";

/** What a session needs: the built site to load pages from. */
export interface PdfSessionOptions {
  /** The built site (dist/); pages load from it over a local server, nothing else loads. */
  siteDir: string;
}

/** One Chromium and one local server of the built site, for any number of PDFs. */
export interface PdfSession {
  /** Opens a guarded tab of the built site, runs `use`, and closes the tab whatever happens. */
  withPage<T>(use: (page: Page, siteUrl: string) => Promise<T>): Promise<T>;
  /** Closes Chromium and the server; safe to call twice. */
  close(): Promise<void>;
}

/** Starts a session; the caller closes it in `finally`. Throws how to install Chromium when none is found. */
export async function openPdfSession(options: PdfSessionOptions): Promise<PdfSession> {
  void options;
  throw new Error("openPdfSession: not written yet");
}
