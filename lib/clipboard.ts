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
 * Copies with the copy command on a temporary text field. Only for the extension's own documents
 * (its offscreen document, Firefox's background page): in a web page, the command fires the page's
 * `copy` listeners, which could read or replace the text. The hover card copies through the
 * background instead (lib/background/clipboard-writer.ts).
 */
export function copyWithCommand(text: string, doc: Document): boolean {
  const field = doc.createElement('textarea');
  field.value = text;
  doc.body.append(field);
  try {
    field.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
  }
}
