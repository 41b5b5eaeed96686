/** A `mailto:` address that opens a ready e-mail; every part is percent-encoded, so nothing in it can add headers. */
export function mailtoUrl({ to = '', subject, body }: { to?: string; subject: string; body: string }): string {
  const params = [`subject=${encodeURIComponent(subject)}`, `body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`];
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@').replace(/%2C/g, ',')}?${params.join('&')}`;
}
