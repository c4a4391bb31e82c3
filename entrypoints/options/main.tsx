import { render } from 'preact';
import { OptionsPage } from '../../src/ui/OptionsPage';
import '../../src/ui/theme.css';

render(<OptionsPage />, document.getElementById('app')!);
