import type { NoticeKind, NoticeSink, NoticeText } from '../../state/context';
import { h } from './dom';
import { t } from './i18n';

/** A button in a notice ("Retry", "Reload"); the notice closes when it is pressed. */
export interface NoticeAction {
  label: NoticeText;
  run(): void;
}

export interface NoticeOptions {
  action?: NoticeAction;
}

const textOf = (text: NoticeText) => (typeof text === 'function' ? text() : text);

/** Small, dismissible messages (an ignored URL key, a data file that failed to load…). */
export class Notices implements NoticeSink {
  /** Each notice on screen with its words, written again when the language changes. */
  private readonly shown = new Map<HTMLElement, () => void>();

  constructor(private readonly root: HTMLElement) {}

  /**
   * Shows a message, with an optional action button; the same text is not shown twice at once.
   * A message given as a function is written in the language of the moment, and again on each
   * change of language (`relabel`). Returns its element (remove it to close the notice).
   */
  show(message: NoticeText, kind: NoticeKind = 'info', options: NoticeOptions = {}): HTMLElement {
    const first = textOf(message);
    const existing = [...this.root.children].find(
      (el) => el.getAttribute('data-message') === first,
    );
    if (existing instanceof HTMLElement) return existing;
    const action = options.action;
    const text = h('p', {});
    const button =
      action &&
      h('button', {
        type: 'button',
        class: 'notice-action',
        'data-testid': 'notice-action',
        onclick: () => {
          notice.remove();
          action.run();
        },
      });
    const close = h(
      'button',
      { type: 'button', class: 'notice-close', onclick: () => notice.remove() },
      '×',
    );
    const notice = h(
      'div',
      {
        class: `notice notice-${kind}`,
        role: kind === 'error' ? 'alert' : 'status',
        'data-testid': 'notice',
      },
      text,
      button,
      close,
    );
    const write = () => {
      const words = textOf(message);
      notice.setAttribute('data-message', words);
      text.textContent = words;
      if (button && action) button.textContent = textOf(action.label);
      close.setAttribute('aria-label', t('notice.dismiss'));
    };
    write();
    this.shown.set(notice, write);
    this.root.appendChild(notice);
    return notice;
  }

  /** Writes every notice on screen again, in the language now active. */
  relabel(): void {
    for (const [notice, write] of this.shown) {
      if (notice.isConnected) write();
      else this.shown.delete(notice);
    }
  }
}
