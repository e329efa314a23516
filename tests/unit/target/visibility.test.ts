import { describe, expect, it } from 'vitest';
import { isVisible } from '@/utils/target/visibility';
import { byId, page, shadow } from './dom';

const withBox = { hasBox: () => true };

describe('isVisible', () => {
  it('is false for hidden, display:none, visibility:hidden and disconnected elements', () => {
    page(`<p id="ok">ok</p><p id="h" hidden>h</p><p id="d" style="display:none">d</p>
      <p id="v" style="visibility:hidden">v</p><div style="display:none"><p id="in">in</p></div>`);
    expect(isVisible(byId('ok'), withBox)).toBe(true);
    for (const id of ['h', 'd', 'v', 'in']) expect(isVisible(byId(id), withBox), id).toBe(false);
    expect(isVisible(document.createElement('p'), withBox)).toBe(false);
  });

  it('is false inside aria-hidden="true", also from outside a shadow root, but not for aria-hidden="false"', () => {
    page('<div aria-hidden="true"><div id="host"></div></div><div aria-hidden="false"><p id="p">p</p></div>');
    const root = shadow(byId('host'), '<button id="b">b</button>');
    expect(isVisible(byId('b', root), withBox)).toBe(false);
    expect(isVisible(byId('p'), withBox)).toBe(true);
  });

  it('requires a box: the box check decides for an element that is otherwise shown', () => {
    page('<p id="p">p</p>');
    expect(isVisible(byId('p'), { hasBox: () => false })).toBe(false);
    // Without a custom check it asks the layout; happy-dom has none, so every box is 0×0.
    expect(isVisible(byId('p'))).toBe(false);
  });
});
