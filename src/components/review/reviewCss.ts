/**
 * The review's styles: only share-link previews carry them (ReviewPanel), so readers' pages and
 * their stylesheet are the same bytes with or without reviewing. Built on the site's variables.
 */
export const REVIEW_CSS = `
.review-panel, .review-verdict { display: grid; gap: 0.75rem; }
.review-panel {
  max-width: var(--measure); margin: 0 auto 2rem; padding: 1.25rem;
  border: 2px dashed var(--accent); border-radius: var(--radius); background: var(--surface);
}
.review-panel h2 { margin: 0; font-size: 1.4rem; }
.review-verdict h2 { font-size: 1.15rem; margin-top: 0.5rem; }
.review-help, .review-verdict-state { margin: 0; }
.review-verdict-state { font-weight: 700; }
.review-verdict-state[data-review-verdict='earlier-draft'] { color: var(--accent); }
.review-place { display: block; }
.criteria li .review-corner { flex-basis: 100%; }
/* A form post comes back to #review-<field>: clear of the preview banner, which stays on top. */
.review-corner, .review-thread { scroll-margin-top: 8rem; }
.review-corner { margin: 0.5rem 0 1rem; font-family: var(--font-sans); font-size: 0.95rem; }
.review-comment > summary {
  display: inline-block; cursor: pointer; color: var(--link); text-decoration: underline;
  padding: 0.4rem 0; min-height: 24px;
}
.review-form { display: grid; gap: 0.6rem; margin-top: 0.5rem; padding: 0.9rem;
  border: 1px solid var(--line); border-radius: 8px; background: var(--bg); }
.review-field { display: grid; gap: 0.2rem; }
.review-field span, .review-choice legend { font-weight: 600; }
.review-form input[type='text'], .review-form textarea, .review-form select {
  font: inherit; color: var(--text); background: var(--surface); width: 100%; box-sizing: border-box;
  padding: 0.45rem 0.6rem; border: 1px solid var(--muted); border-radius: 6px;
}
.review-choice { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; border: 0; padding: 0; margin: 0; }
.review-choice label { display: inline-flex; gap: 0.4rem; align-items: center; min-height: 24px; }
.review-form button, .review-select-button {
  justify-self: start; min-height: 2.5rem; padding: 0.4rem 1.2rem; font: inherit; font-weight: 700;
  border: 0; border-radius: 8px; background: var(--accent); color: var(--bg); cursor: pointer;
}
.review-form button:focus-visible, .review-select-button:focus-visible, .review-comment > summary:focus-visible {
  outline: 3px solid var(--text); outline-offset: 2px;
}
.review-status { margin: 0; }
.review-status:empty { display: none; }
.review-status[data-error] { color: var(--accent); font-weight: 700; }
.review-threads, .review-replies { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.6rem; }
.review-threads:empty { display: none; }
.review-thread { padding: 0.7rem 0.9rem; border-left: 4px solid var(--accent); background: var(--accent-soft); border-radius: 0 8px 8px 0; }
.review-thread[data-state='resolved'] { border-left-color: var(--muted); }
.review-thread:focus { outline: 3px solid var(--text); outline-offset: 2px; }
.review-replies { margin-top: 0.5rem; padding-left: 1rem; border-left: 2px solid var(--line); }
.review-quote { margin: 0 0 0.4rem; padding-left: 0.6rem; border-left: 2px solid var(--muted); font-style: italic; white-space: pre-wrap; }
.review-outdated, .review-meta, .review-body { margin: 0; }
.review-outdated strong { text-transform: uppercase; letter-spacing: 0.03em; font-size: 0.85em; }
.review-meta { color: var(--muted); font-size: 0.9em; }
.review-author { font-weight: 700; color: var(--text); }
.review-body { white-space: pre-wrap; overflow-wrap: anywhere; }
.review-select-button { position: fixed; z-index: 10; right: 1rem; bottom: 1rem; box-shadow: 0 2px 10px rgb(0 0 0 / 0.3); }
.review-select-button[hidden] { display: none; }
/* On a phone the banner would hold a quarter of the screen over every form: it scrolls away there;
   the review panel under it says what the page is. */
@media (max-width: 40rem) {
  .preview-banner { position: static; }
  .review-corner, .review-thread { scroll-margin-top: 1rem; }
}
`
