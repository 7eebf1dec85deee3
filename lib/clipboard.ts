/** Copies plain text. Resolves false (rather than throwing) so the UI can say it failed. */
export async function copyText(text: string, clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard): Promise<boolean> {
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies from a content script. Pages served over plain http have no async clipboard, so fall
 * back to a copy command on a text field inside the card's closed shadow root (user gesture
 * required, which a click on the card's button is). The field exists only for that instant.
 */
export async function copyTextFromPage(text: string, container: ShadowRoot | HTMLElement): Promise<boolean> {
  if (globalThis.isSecureContext && (await copyText(text))) return true;
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
  container.append(field);
  try {
    field.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
  }
}
