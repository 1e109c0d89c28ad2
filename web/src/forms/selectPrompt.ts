/**
 * form-js writes "Select" into an empty select field without asking its translator. This says it
 * through the app's translation instead, on the very text node form-js keeps updating (so its own
 * later updates, a chosen value, still land), and again whenever form-js writes it back.
 * Returns a function that stops watching.
 */
export function translateSelectPrompts(root: HTMLElement, prompt: () => string): () => void {
  const apply = () =>
    root.querySelectorAll('.fjs-select-placeholder').forEach((display) => {
      const text = display.firstChild;
      if (text?.nodeType !== Node.TEXT_NODE || text.nodeValue !== FORM_JS_PROMPT) return;
      const said = prompt();
      // writing the same word again would wake this observer again, without end
      if (said !== FORM_JS_PROMPT) text.nodeValue = said;
    });
  apply();
  const observer = new MutationObserver(apply);
  observer.observe(root, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class'],
  });
  return () => observer.disconnect();
}

/** form-js's own, untranslated prompt. */
export const FORM_JS_PROMPT = 'Select';
