declare namespace App {
  interface Locals {
    /** The draft being previewed and the page that shows it (set by the middleware). */
    preview: import('./lib/previewData.ts').PreviewView
  }
}
