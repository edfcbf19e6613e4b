import { render } from 'preact';
import { Options } from './Options';
import '../ui/page.css';
import { followSystemTheme } from '../ui/system-theme';
import './options.css';

document.documentElement.lang = navigator.language;
followSystemTheme();
render(<Options />, document.getElementById('app')!);
