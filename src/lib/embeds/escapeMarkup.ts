const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML or SVG text and attribute values, for the markup that is built as a
 * string (the embed snippet, the standalone SVG) rather than by Astro, which escapes on its own.
 */
export const escapeMarkup = (text: string): string => text.replace(/[&<>"']/g, (character) => entities[character]!);
