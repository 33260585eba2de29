/**
 * A modal dialog on the native <dialog> element (focus kept inside, Escape closes, the page
 * behind inert); focus goes back to the button that opened it.
 */
import { h } from '../frame/dom';
import { t } from '../frame/i18n';

export interface Dialog {
  readonly element: HTMLDialogElement;
  readonly body: HTMLElement;
  close(): void;
}

/** Opens a dialog titled `title`; `testid` names it for tests. */
export function openDialog(title: string, testid: string, opener: HTMLElement | null): Dialog {
  const titleId = `${testid}-title`;
  const body = h('div', { class: 'dialog-body' });
  const close = () => element.close();
  const element = h(
    'dialog',
    { class: 'share-dialog', 'aria-labelledby': titleId, 'data-testid': testid },
    h(
      'div',
      { class: 'dialog-head' },
      h('h2', { id: titleId }, title),
      h(
        'button',
        { type: 'button', class: 'round-close', 'aria-label': t('share.close'), onclick: close },
        '×',
      ),
    ),
    body,
  );
  element.addEventListener('close', () => {
    element.remove();
    opener?.focus();
  });
  document.body.append(element);
  element.showModal();
  return { element, body, close };
}
