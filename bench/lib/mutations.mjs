/**
 * The unrelated mutations of the stress form (issue 12), run in the page by bench/run.mjs
 * (`--only=mutation`) and bench/mutation-trace.mjs. Each is called with the run's number
 * (-1: the first, untimed call, which adds the toast element).
 */
export const MUTATIONS = {
  /** A toast's text and the footer's class change, far from any field (the `mutation.*` figures). */
  toast: (n) => {
    let toast = document.getElementById('bench-toast');
    if (!toast) {
      toast = document.createElement('div');
      toast.id = 'bench-toast';
      document.body.append(toast);
    }
    toast.textContent = `บันทึกแล้ว ${n}`;
    document.querySelector('footer')?.classList.toggle('bench-active');
  },
  /**
   * A toast with a "×" close button added to <body> and the previous one removed (the
   * `mutation.close.*` figures): its button reads as an add list's remove control.
   */
  close: (n) => {
    document.getElementById('bench-close-toast')?.remove();
    const toast = document.createElement('div');
    toast.id = 'bench-close-toast';
    toast.className = 'toast';
    toast.setAttribute('role', 'alert');
    const text = document.createElement('span');
    text.textContent = `บันทึกแล้ว ${n}`;
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    toast.append(text, close);
    document.body.append(toast);
  },
};
