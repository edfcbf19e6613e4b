import { render } from 'preact';
import { Options } from './Options';
import '../ui/page.css';
import './options.css';

document.documentElement.lang = navigator.language;
render(<Options />, document.getElementById('app')!);
