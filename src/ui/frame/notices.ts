import type { NoticeKind, NoticeSink } from '../../state/context';
import { h } from './dom';

/** A button in a notice ("Retry", "Reload"); the notice closes when it is pressed. */
export interface NoticeAction {
  label: string;
  run(): void;
}

export interface NoticeOptions {
  action?: NoticeAction;
}

/** Small, dismissible messages (an ignored URL key, a data file that failed to load…). */
export class Notices implements NoticeSink {
  constructor(private readonly root: HTMLElement) {}

  /**
   * Shows a message, with an optional action button; the same text is not shown twice at once.
   * Returns its element (remove it to close the notice).
   */
  show(message: string, kind: NoticeKind = 'info', options: NoticeOptions = {}): HTMLElement {
    const existing = [...this.root.children].find(
      (el) => el.getAttribute('data-message') === message,
    );
    if (existing instanceof HTMLElement) return existing;
    const action = options.action;
    const notice = h(
      'div',
      {
        class: `notice notice-${kind}`,
        role: kind === 'error' ? 'alert' : 'status',
        'data-testid': 'notice',
        'data-message': message,
      },
      h('p', {}, message),
      action &&
        h(
          'button',
          {
            type: 'button',
            class: 'notice-action',
            'data-testid': 'notice-action',
            onclick: () => {
              notice.remove();
              action.run();
            },
          },
          action.label,
        ),
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
