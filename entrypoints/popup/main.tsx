import { render } from 'preact';
import '../../src/ui/theme.css';

render(<main><h1>Out of Sight</h1></main>, document.getElementById('app')!);
