/**
 * The Embed dialog: the HTML of an iframe showing the current view without the atlas's chrome
 * (`embed=1`), in a responsive 16:9 frame, a 4:3 one or a square, with a copy button.
 */
import { PRESETS } from '../../content/presets';
import type { AppContext } from '../../state/context';
import { h } from '../frame/dom';
import { openDialog } from './dialog';
import { embedLink } from './links';

const SIZES = {
  '16:9': { label: 'Responsive, 16:9', width: '100%', height: 450, ratio: '16/9' },
  '4:3': { label: '4:3 (800 × 600)', width: '800', height: 600, ratio: null },
  square: { label: 'Square (600 × 600)', width: '600', height: 600, ratio: null },
} as const;
type SizeId = keyof typeof SIZES;

/**
 * Text for an HTML attribute value in double quotes. `&` stays as it is: the links' `&embed=1`
 * names no character reference, and people read and edit the code they paste.
 */
const attr = (text: string) => text.replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The iframe HTML for a size (responsive: full width, height from the aspect ratio). */
export function iframeCode(src: string, title: string, size: SizeId): string {
  const s = SIZES[size];
  const style = s.ratio ? `border:0;aspect-ratio:${s.ratio};height:auto` : 'border:0';
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" width="${s.width}" height="${s.height}" ` +
    `loading="lazy" style="${style}"></iframe>`
  );
}

export function openEmbedDialog(ctx: AppContext, opener: HTMLElement): void {
  const dialog = openDialog('Embed this map', 'embed-dialog', opener);
  const url = ctx.store.state.url;
  const title = `Corridor Atlas: ${PRESETS[url.view].title}`;
  const code = h('textarea', {
    class: 'embed-code',
    readonly: true,
    rows: 4,
    'aria-label': 'HTML to embed',
    'data-testid': 'embed-code',
  });
  const status = h('p', { class: 'share-status', role: 'status' });
  let size: SizeId = '16:9';
  const update = () => {
    code.value = iframeCode(embedLink(ctx.store.state.url), title, size);
  };
  const choices = (Object.keys(SIZES) as SizeId[]).map((id) => {
    const input = h('input', {
      type: 'radio',
      name: 'embed-size',
      id: `embed-size-${id.replace(':', '-')}`,
      value: id,
      checked: id === size,
      'data-testid': `embed-size-${id.replace(':', '-')}`,
    });
    input.addEventListener('change', () => {
      size = id;
      update();
    });
    return h('label', { class: 'embed-size' }, input, ` ${SIZES[id].label}`);
  });
  const copy = h(
    'button',
    { type: 'button', class: 'planner-button', 'data-testid': 'embed-copy' },
    'Copy HTML',
  );
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.value);
      status.textContent = 'HTML copied.';
    } catch {
      code.focus();
      code.select();
      status.textContent = 'Select the HTML and copy it.';
    }
  });
  dialog.body.append(
    h(
      'p',
      {},
      'The embed shows this view with a compact legend, the sources, and a link to the full atlas. Its readers can still open the claims.',
    ),
    h('fieldset', { class: 'embed-sizes' }, h('legend', {}, 'Size'), ...choices),
    code,
    h('div', { class: 'dialog-actions' }, copy, status),
  );
  update();
}
