/**
 * The send guard's dialog, drawn for the always-loaded guard (entrypoints/emenscr.content/guard.ts),
 * which has already stopped the send and decided; it passes the decision and callbacks.
 */
import { render } from 'preact';
import { GuardDialog, type GuardDialogProps } from '@/components/GuardDialog';
import guardCss from '@/components/guard.css?inline';
import { addStyleBefore } from './style';

export function showGuardDialog(layer: HTMLElement, props: GuardDialogProps): void {
  addStyleBefore(layer, 'guard', guardCss);
  render(<GuardDialog {...props} />, layer);
}

export function closeGuardDialog(layer: HTMLElement): void {
  render(null, layer);
}
