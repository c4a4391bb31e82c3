import { render } from 'preact';
import { WelcomePage } from '../../src/ui/WelcomePage';
import '../../src/ui/theme.css';
import '../../src/ui/options.css';
import '../../src/ui/welcome.css';

function main(): void {
  render(<WelcomePage />, document.getElementById('app')!);
}

main();
