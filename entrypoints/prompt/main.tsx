import { render } from 'preact';
import { PromptPage } from '../../src/ui/PromptPage';
import { t } from '../../src/ui/i18n';
import '../../src/ui/theme.css';

function main() {
  document.title = t('prompt_title');
  // The fragment is what the guard appended (prompt.html#https://…); the background validates it.
  render(<PromptPage fragment={location.hash.slice(1)} />, document.getElementById('app')!);
}

main();
