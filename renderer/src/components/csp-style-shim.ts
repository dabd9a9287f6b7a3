// Libraries that inject CSS from script (CodeMirror's style-mod, Radix's scroll lock) create <style>
// elements, which our strict CSP (style-src 'self', no 'unsafe-inline') blocks: editors lose their
// layout and every injection logs a violation. Constructed stylesheets are CSSOM, which CSP allows
// (style-mod itself uses them in shadow roots), so script-created <style> elements are swapped for an
// inert <sb-style> element that mirrors its text into an adopted stylesheet while it is in the page.
// Markup parsed from HTML is untouched: this gives script no power it did not already have via CSSOM.
const TAG = 'sb-style';

class AdoptedStyleElement extends HTMLElement {
  private sheet: CSSStyleSheet | null = null;
  private observer: MutationObserver | null = null;

  connectedCallback(): void {
    this.sheet = new CSSStyleSheet();
    // First, so the app's own stylesheets keep the last word where specificity ties.
    document.adoptedStyleSheets = [this.sheet, ...document.adoptedStyleSheets];
    this.sync();
    this.observer = new MutationObserver(() => this.sync());
    this.observer.observe(this, { childList: true, characterData: true, subtree: true });
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
    const sheet = this.sheet;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    this.sheet = null;
  }

  /** What react-style-singleton checks for old IE; keeps it on the text-node path. */
  get styleSheet(): undefined {
    return undefined;
  }

  private sync(): void {
    this.sheet?.replaceSync(this.textContent ?? '');
  }
}

let installed = false;

export function installCspStyleShim(): void {
  if (installed || typeof document === 'undefined' || !('adoptedStyleSheets' in Document.prototype)) return;
  installed = true;
  if (!customElements.get(TAG)) customElements.define(TAG, AdoptedStyleElement);
  const original = Document.prototype.createElement;
  document.createElement = function createElement(this: Document, tag: string, options?: ElementCreationOptions) {
    return original.call(this, tag.toLowerCase() === 'style' ? TAG : tag, options);
  } as typeof document.createElement;
}

installCspStyleShim();
