import { render } from 'preact';
import { OptionsPage } from '../../src/ui/OptionsPage';
import { JournalPrint } from '../../src/ui/JournalPrint';
import '../../src/ui/theme.css';
import '../../src/ui/options.css';

function main(): void {
  const params = new URLSearchParams(location.search);
  const app = document.getElementById('app')!;
  // options.html?print=journal is the printable journal, opened from the journal section.
  if (params.get('print') === 'journal') {
    render(<JournalPrint from={params.get('from') ?? ''} to={params.get('to') ?? ''} now={new Date()} />, app);
  } else {
    render(<OptionsPage />, app);
  }
}

main();
