import { render } from 'preact';
import './welcome.css';
import { WelcomeApp } from './WelcomeApp';

render(<WelcomeApp />, document.getElementById('app')!);
