import { render } from 'preact';
import { App } from './App';
import '../ui/page.css';

document.documentElement.lang = navigator.language;
render(<App />, document.getElementById('app')!);
