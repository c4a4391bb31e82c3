import { render } from 'preact';
import { Popup } from '../../src/ui/Popup';
import { t } from '../../src/ui/i18n';
import '../../src/ui/theme.css';
import '../../src/ui/popup.css';

function main() {
  document.title = t('popup_title');
  render(<Popup />, document.getElementById('app')!);
}

main();
