import type { NoticeKind, NoticeSink } from '../state/context';
import { h } from './dom';

/** Small, dismissible messages (an ignored URL key, a data file that failed to load…). */
export class Notices implements NoticeSink {
  constructor(private readonly root: HTMLElement) {}

  /** Shows a message; the same text is not shown twice at once. Returns its element. */
  show(message: string, kind: NoticeKind = 'info'): HTMLElement {
    const existing = [...this.root.children].find(
      (el) => el.getAttribute('data-message') === message,
    );
    if (existing instanceof HTMLElement) return existing;
    const notice = h(
      'div',
      {
        class: `notice notice-${kind}`,
        role: kind === 'error' ? 'alert' : 'status',
        'data-testid': 'notice',
        'data-message': message,
      },
      h('p', {}, message),
      h(
        'button',
        {
          type: 'button',
          class: 'notice-close',
          'aria-label': 'Dismiss this message',
          onclick: () => notice.remove(),
        },
        '×',
      ),
    );
    this.root.appendChild(notice);
    return notice;
  }
}
