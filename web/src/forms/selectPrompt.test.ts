import { describe, expect, it } from 'vitest';
import { translateSelectPrompts } from './selectPrompt';

describe('translateSelectPrompts', () => {
  it("says the empty select's prompt in the app's language, and lets a chosen value through", async () => {
    const root = document.createElement('div');
    root.innerHTML = '<div class="fjs-select-display fjs-select-placeholder">Select</div>';
    const display = root.firstElementChild!;
    const text = display.firstChild!;
    const stop = translateSelectPrompts(root, () => 'ເລືອກ');
    expect(display.textContent).toBe('ເລືອກ');

    text.nodeValue = 'ແຂວງບໍ່ແກ້ວ'; // form-js shows the chosen value on the same node
    display.classList.remove('fjs-select-placeholder');
    await Promise.resolve();
    expect(display.textContent).toBe('ແຂວງບໍ່ແກ້ວ');

    display.classList.add('fjs-select-placeholder');
    text.nodeValue = 'Select'; // cleared again: form-js writes its own word back
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(display.textContent).toBe('ເລືອກ');
    stop();
  });

  it("leaves form-js's word alone when it is already the reader's", async () => {
    const root = document.createElement('div');
    root.innerHTML = '<div class="fjs-select-display fjs-select-placeholder">Select</div>';
    let asked = 0;
    const stop = translateSelectPrompts(root, () => {
      asked++;
      return 'Select';
    });
    root.appendChild(document.createElement('span'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked).toBeLessThan(5);
    expect(root.firstElementChild!.textContent).toBe('Select');
    stop();
  });
});
