/** The customer's initials in a circle: a face for the conversation, hidden from screen readers (the name is said). */
export function Avatar({ name }: { name: string }) {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase())
    .filter((_, i, all) => i === 0 || i === all.length - 1)
    .join('');
  return (
    <span class="avatar" aria-hidden="true">
      {initials}
    </span>
  );
}
