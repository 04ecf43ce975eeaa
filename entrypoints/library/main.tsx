import { render } from 'preact';
import './library.css';
import { LibraryApp } from './LibraryApp';

render(<LibraryApp />, document.getElementById('app')!);
