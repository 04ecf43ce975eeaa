import { render } from 'preact';
import '@/components/checklist.css';
import '@/components/send-check.css';
import './popup.css';
import { PopupApp } from './PopupApp';
import { t } from '@/utils/i18n';

document.title = t('panel.title');

render(<PopupApp />, document.getElementById('app')!);
