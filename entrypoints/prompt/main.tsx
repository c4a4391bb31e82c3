import { render } from 'preact';
import '../../src/ui/theme.css';

render(<main data-testid="prompt"><h1>You're protecting your peace</h1></main>, document.getElementById('app')!);
