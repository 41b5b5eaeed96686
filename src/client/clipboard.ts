/**
 * Copies text with the Clipboard API. Where the browser refuses, selects the field holding the text instead,
 * so one copy command by the person finishes the job; false then, so the page can say so.
 */
export async function copyText(text: string, field?: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.focus();
    field?.select();
    return false;
  }
}
