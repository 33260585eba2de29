/**
 * The Embed dialog: the HTML of an iframe showing the current view without the atlas's chrome
 * (`embed=1`), in a responsive 16:9 frame, a 4:3 one or a square, with a copy button.
 */
import type { AppContext } from '../../state/context';
import { h } from '../frame/dom';
import { t, words } from '../frame/i18n';
import { openDialog } from './dialog';
import { embedLink } from './links';

const SIZES = {
  '16:9': { width: '100%', height: 450, ratio: '16/9' },
  '4:3': { width: '800', height: 600, ratio: null },
  square: { width: '600', height: 600, ratio: null },
} as const;
type SizeId = keyof typeof SIZES;
/** Each size's key in the `embed.size` message (ICU select keys are words). */
const SIZE_KEYS: Record<SizeId, string> = { '16:9': 'wide', '4:3': 'classic', square: 'square' };

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
  const dialog = openDialog(t('embed.title'), 'embed-dialog', opener);
  const url = ctx.store.state.url;
  const title = t('embed.frameTitle', { view: words.presets[url.view].title });
  const code = h('textarea', {
    class: 'embed-code',
    readonly: true,
    rows: 4,
    'aria-label': t('embed.code'),
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
    return h(
      'label',
      { class: 'embed-size' },
      input,
      ` ${t('embed.size', { size: SIZE_KEYS[id] })}`,
    );
  });
  const copy = h(
    'button',
    { type: 'button', class: 'button', 'data-testid': 'embed-copy' },
    t('embed.copy'),
  );
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.value);
      status.textContent = t('embed.copied');
    } catch {
      code.focus();
      code.select();
      status.textContent = t('embed.selectCopy');
    }
  });
  dialog.body.append(
    h('p', {}, t('embed.what')),
    h('fieldset', { class: 'embed-sizes' }, h('legend', {}, t('embed.sizes')), ...choices),
    code,
    h('div', { class: 'dialog-actions' }, copy, status),
  );
  update();
}
