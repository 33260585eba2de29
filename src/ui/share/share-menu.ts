/**
 * The toolbar's Share menu (issue #16): Copy link, Embed, Download image, Print and Download
 * data, the publishing steps people know from Datawrapper. Each item opens its own dialog or does
 * its one thing; the link they all start from is the state's, not the address bar's (the hash is
 * written with a short delay after camera moves).
 */
import './share.css';
import type { AppContext } from '../../state/context';
import { h } from '../frame/dom';
import { t } from '../frame/i18n';
import { disclosureMenu } from '../frame/menu';
import { openDataDialog } from './download-data';
import { openEmbedDialog } from './embed-dialog';
import { downloadImage } from './export-image';
import { printView } from './print';
import { stateLink } from './links';

/** Copies the link of the current view; falls back to a selectable field without clipboard API. */
function copyLink(ctx: AppContext, status: HTMLElement, fallback: HTMLInputElement): () => void {
  return async () => {
    const link = stateLink(ctx.store.state.url);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard API');
      await navigator.clipboard.writeText(link);
      fallback.hidden = true;
      status.textContent = t('share.copied');
    } catch {
      fallback.value = link;
      fallback.hidden = false;
      fallback.focus();
      fallback.select();
      status.textContent = t('share.selectCopy');
    }
  };
}

/** The Share menu button and its list. */
export function shareMenu(ctx: AppContext): HTMLElement {
  const menu = disclosureMenu({
    id: 'share-menu',
    label: t('share.menu'),
    testid: 'share-menu-button',
    listClassName: 'share-list',
    signal: ctx.signal,
  });
  const { button, setOpen } = menu;
  const status = h('p', { class: 'share-status', role: 'status', 'data-testid': 'copy-status' });
  const fallback = h('input', {
    class: 'copy-fallback',
    type: 'text',
    readonly: true,
    'aria-label': t('share.linkField'),
    'data-testid': 'copy-fallback',
    hidden: true,
  });
  const noMap = ctx.map === null;
  const item = (
    testid: string,
    title: string,
    description: string,
    run: () => void | Promise<void>,
    disabled = false,
  ) => {
    const element = h(
      'button',
      { type: 'button', class: 'menu-item', 'data-testid': testid, disabled },
      h('span', { class: 'menu-title' }, title),
      h('span', { class: 'menu-description' }, description),
    );
    element.addEventListener('click', async () => {
      if (testid !== 'copy-link') setOpen(false);
      try {
        await run();
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        ctx.notices.show(t('share.failed', { title, reason }), 'error');
      }
    });
    return h('li', {}, element);
  };
  menu.list.append(
    item('copy-link', t('share.copy'), t('share.copyWhat'), copyLink(ctx, status, fallback)),
    item('share-embed', t('share.embed'), t('share.embedWhat'), () => openEmbedDialog(ctx, button)),
    item(
      'share-image',
      t('share.image'),
      noMap ? t('share.imageNoMap') : t('share.imageWhat'),
      () => downloadImage(ctx),
      noMap,
    ),
    item('share-print', t('share.print'), t('share.printWhat'), () => printView(ctx)),
    item('share-data', t('share.data'), t('share.dataWhat'), () => openDataDialog(ctx, button)),
    h('li', {}, status, fallback),
  );
  return menu.element;
}
