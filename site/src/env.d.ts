/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Site settings and footer links, loaded by the middleware before each page renders. */
    chrome: import('./lib/cms/chrome.server').Chrome;
    /** The request carries a session cookie: the header shows the account links. */
    hasMemberSession: boolean;
    /** The page read or changed the member's session: the response must not be cached. */
    readsMemberSession?: boolean;
    /**
     * The page shows a document opened from the admin's preview: the layout says so in a banner
     * and keeps search engines out. Which version the editor is looking at.
     */
    preview?: import('@huijiu/shared').PreviewStatus;
  }
}
