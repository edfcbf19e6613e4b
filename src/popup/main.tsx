import { render } from 'preact';
import { App } from './App';
import '../ui/page.css';
import { followSystemTheme } from '../ui/system-theme';

document.documentElement.lang = navigator.language;
followSystemTheme();
render(<App />, document.getElementById('app')!);
