// Intl's one-time set-up, paid in a worker while the app loads (docs/architecture.md, "Before
// the app's script"). Best effort: where workers are refused, nothing changes.
try {
  const source =
    "Intl.NumberFormat.supportedLocalesOf('en');" +
    'new Intl.NumberFormat().format(1.5);' +
    'new Intl.PluralRules().select(1);' +
    'close();';
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  new Worker(url);
} catch {
  // The app's first number pays the set-up, as without this file.
}
