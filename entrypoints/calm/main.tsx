import { render } from 'preact';
import { CalmPage } from '../../src/ui/CalmPage';
import { t } from '../../src/ui/i18n';
import '../../src/ui/theme.css';
import '../../src/ui/calm.css';

function main() {
  document.title = t('calm_title');
  render(<CalmPage />, document.getElementById('app')!);
}

main();
