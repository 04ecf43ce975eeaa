import { render } from 'preact';
import '@/components/checklist.css';
import '@/components/send-check.css';
import './popup.css';
import { PopupApp } from './PopupApp';

render(<PopupApp />, document.getElementById('app')!);
