/** Greets a visitor; names are trimmed and limited to 64 characters. */
export function greeting(name: string): string {
  const clean = name.trim().slice(0, 64);
  return clean.length === 0 ? "Hello, stranger!" : `Hello, ${clean}!`;
}
