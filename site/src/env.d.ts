/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Site settings and footer links, loaded by the middleware before each page renders. */
    chrome: import('./lib/cms/chrome.server').Chrome;
  }
}
