/// <reference types="office-js" />

/** The dialog a ribbon command shows its outcome in: the text and the button label come in the address. */
Office.onReady(() => {
  const params = new URLSearchParams(window.location.search);
  const text = document.getElementById('text');
  const close = document.getElementById('close');
  if (text) text.textContent = params.get('text') ?? '';
  if (close) {
    close.textContent = params.get('close') ?? 'OK';
    close.addEventListener('click', () => Office.context.ui.messageParent('close'));
    close.focus();
  }
});
