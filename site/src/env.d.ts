/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Site settings and footer links, loaded by the middleware before each page renders. */
    chrome: import('./lib/cms/chrome.server').Chrome;
    /** The request carries a session cookie: the header shows the account links. */
    hasMemberSession: boolean;
    /** The page read or changed the member's session: the response must not be cached. */
    readsMemberSession?: boolean;
  }
}
