// A line led by an emoji or another symbol and a space ("🌿 Lead a team of five gardeners", "★ Mentor the trainees",
// "➡️ Train the new care assistants") is a list item, as a dash-led one is, when a line next to it is led by such a
// mark too: one symbol-led line alone is as often a title or a caption ("🍓 Now hiring 🍓") as an item.

// A leading emoji or symbol (with its variation selector or joiners) and a space, before a letter.
const SYMBOL_MARK =
  /^\s*[\p{Extended_Pictographic}\p{So}\p{Sm}][\p{Extended_Pictographic}\p{So}\p{Sm}\p{Mn}\uFE0F\u200D]{0,7}\s+(?=\p{L})/u;

/** Whether `line` opens with an emoji or another symbol and a space, before a word. */
const symbolMarked = (line: string): boolean => SYMBOL_MARK.test(line);

/**
 * Whether `line` is a symbol-led list item: it is led by an emoji or symbol and a space, and so is the line before or
 * after it (the nearest with text).
 */
export function symbolItem(line: string, previous: string | undefined, next: string | undefined): boolean {
  return (
    symbolMarked(line) &&
    ((previous !== undefined && symbolMarked(previous)) || (next !== undefined && symbolMarked(next)))
  );
}
