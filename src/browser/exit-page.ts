import { startExitThisPage } from "./exit/exit-this-page.ts";

/** The safety page's one script: "Exit this page" (its link leaves without it too). */
startExitThisPage({ document, window });
