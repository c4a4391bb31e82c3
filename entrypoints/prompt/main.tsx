import { render } from 'preact';
import { PromptPage, loadPromptContext } from '../../src/ui/PromptPage';
import { t } from '../../src/ui/i18n';
import '../../src/ui/theme.css';

function main() {
  // The fragment is what the guard appended (prompt.html#https://…); the background validates it.
  const fragment = location.hash.slice(1);
  const context = loadPromptContext(fragment);
  document.title = t('prompt_title');
  render(<PromptPage fragment={fragment} context={context} />, document.getElementById('app')!);
}

main();
