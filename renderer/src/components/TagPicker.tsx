// A multi-select combobox with type-ahead (downshift): chips for the chosen tags, a text box that
// filters the options, Enter to add, Backspace on an empty box to remove the last chip. With
// `allowCreate`, free text becomes a new tag (companies).
import { useCombobox, useMultipleSelection } from 'downshift';
import { useCallback, useId, useMemo, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import './tag-picker.css';

export interface TagOption {
  id: string;
  name: string;
  /** A second line in the list (a description, the framework). */
  hint?: string;
}

export interface TagPickerProps {
  label: string;
  options: readonly TagOption[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  allowCreate?: boolean;
  placeholder?: string;
  /** How many matches to show at most (keeps long lists quick). */
  limit?: number;
}

const CREATE_PREFIX = '\u0000create:';

export function TagPicker({
  label,
  options,
  value,
  onChange,
  allowCreate = false,
  placeholder,
  limit = 50,
}: TagPickerProps) {
  const [input, setInput] = useState('');
  const byId = useMemo(() => new Map(options.map((o) => [o.id, o])), [options]);
  const labelId = useId();

  // Best match first, so Enter adds it: the exact name, then names that start with the text ("ow" → Ownership
  // before Growth), then the typed text as a new tag where new tags are allowed, then names that merely contain it.
  const itemsFor = useCallback(
    (text: string): TagOption[] => {
      const q = text.trim().toLowerCase();
      const free = options.filter((o) => !value.includes(o.id));
      if (!q) return free.slice(0, limit);
      const rank = (o: TagOption) => {
        const name = o.name.toLowerCase();
        return name === q || o.id.toLowerCase() === q ? 0 : name.startsWith(q) ? 1 : 3;
      };
      const matched = free
        .filter((o) => o.name.toLowerCase().includes(q) || o.id.toLowerCase().includes(q))
        .map((o) => ({ o, rank: rank(o) }))
        .sort((a, b) => a.rank - b.rank);
      const list: TagOption[] = matched.slice(0, limit).map((m) => m.o);
      const exact = options.some((o) => o.name.toLowerCase() === q) || value.some((v) => v.toLowerCase() === q);
      if (allowCreate && !exact) {
        const create = { id: CREATE_PREFIX + text.trim(), name: `Add “${text.trim()}”` };
        const firstContains = matched.findIndex((m) => m.rank === 3);
        list.splice(firstContains === -1 ? list.length : Math.min(firstContains, list.length), 0, create);
      }
      return list;
    },
    [options, value, allowCreate, limit],
  );
  const items = useMemo(() => itemsFor(input), [itemsFor, input]);
  // Whether the highlighted option was chosen with the arrows or the mouse (rather than being the best match).
  const [navigated, setNavigated] = useState(false);

  const nameOf = (id: string) => byId.get(id)?.name ?? id;

  const { getSelectedItemProps, getDropdownProps, removeSelectedItem } = useMultipleSelection<string>({
    selectedItems: [...value],
    onStateChange: ({ selectedItems, type }) => {
      if (
        selectedItems &&
        (type === useMultipleSelection.stateChangeTypes.SelectedItemKeyDownBackspace ||
          type === useMultipleSelection.stateChangeTypes.SelectedItemKeyDownDelete ||
          type === useMultipleSelection.stateChangeTypes.DropdownKeyDownBackspace ||
          type === useMultipleSelection.stateChangeTypes.FunctionRemoveSelectedItem)
      )
        onChange(selectedItems);
    },
  });

  const { isOpen, getLabelProps, getMenuProps, getInputProps, highlightedIndex, getItemProps, selectItem } =
    useCombobox<TagOption>({
      items,
      itemToString: (item) => item?.name ?? '',
      selectedItem: null,
      labelId,
      stateReducer: (_state, { changes, type }) => {
        // Stay open after picking, so several tags can be added in a row.
        if (
          type === useCombobox.stateChangeTypes.InputKeyDownEnter ||
          type === useCombobox.stateChangeTypes.ItemClick ||
          type === useCombobox.stateChangeTypes.FunctionSelectItem
        ) {
          return { ...changes, isOpen: true, highlightedIndex: 0, inputValue: '' };
        }
        // Typing highlights the best match, so Enter adds it.
        // Leaving the box adds an option only if the user moved to it, not the best match typing highlighted.
        if (type === useCombobox.stateChangeTypes.InputBlur && !navigated)
          return { ...changes, selectedItem: _state.selectedItem, inputValue: _state.inputValue };
        if (type === useCombobox.stateChangeTypes.InputChange)
          return { ...changes, highlightedIndex: changes.inputValue?.trim() ? 0 : -1 };
        return changes;
      },
      // Downshift owns the text box (controlling it from here drops keystrokes when typing fast);
      // we keep a copy only to filter the options.
      onInputValueChange: ({ inputValue }) => {
        setInput(inputValue ?? '');
        setNavigated(false);
      },
      onHighlightedIndexChange: ({ type }) =>
        setNavigated(
          type === useCombobox.stateChangeTypes.InputKeyDownArrowDown ||
            type === useCombobox.stateChangeTypes.InputKeyDownArrowUp ||
            type === useCombobox.stateChangeTypes.ItemMouseMove,
        ),
      onSelectedItemChange: ({ selectedItem }) => {
        if (!selectedItem) return;
        const id = selectedItem.id.startsWith(CREATE_PREFIX)
          ? selectedItem.id.slice(CREATE_PREFIX.length)
          : selectedItem.id;
        if (!value.includes(id)) onChange([...value, id]);
        setInput('');
      },
    });

  const dropdownProps = getDropdownProps({ preventKeyAction: isOpen });
  const handleKeyDown = (event: ReactKeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      // Enter picks from the text in the box as it is now: the option list can lag a keystroke behind fast
      // typing, and would add "Acme Robotic" for "Acme Robotics". An option reached with the arrows wins.
      const text = event.currentTarget.value;
      const highlighted = highlightedIndex >= 0 ? items[highlightedIndex] : undefined;
      const pick = navigated && highlighted ? highlighted : text.trim() ? itemsFor(text)[0] : undefined;
      (event.nativeEvent as KeyboardEvent & { preventDownshiftDefault?: boolean }).preventDownshiftDefault = true;
      event.preventDefault();
      if (pick) selectItem(pick);
      return;
    }
    (dropdownProps as { onKeyDown?: (e: ReactKeyboardEvent<HTMLInputElement>) => void }).onKeyDown?.(event);
  };

  return (
    <div className="tag-picker">
      <label className="field-label" {...getLabelProps()}>
        {label}
      </label>
      <div className="tag-picker-box">
        {value.map((id, index) => (
          <span key={id} className="tag-chip" {...getSelectedItemProps({ selectedItem: id, index })}>
            <span>{nameOf(id)}</span>
            <button
              type="button"
              className="tag-chip-remove"
              aria-label={`Remove ${nameOf(id)}`}
              tabIndex={-1}
              onClick={(e) => {
                e.stopPropagation();
                removeSelectedItem(id);
              }}
            >
              ×
            </button>
          </span>
        ))}
        <input
          className="tag-picker-input"
          placeholder={value.length === 0 ? placeholder : undefined}
          {...getInputProps({ ...dropdownProps, onKeyDown: handleKeyDown })}
        />
      </div>
      <ul className={`tag-picker-menu${isOpen && items.length > 0 ? ' open' : ''}`} {...getMenuProps()}>
        {isOpen &&
          items.map((item, index) => (
            <li
              key={item.id}
              className={`tag-picker-option${highlightedIndex === index ? ' highlighted' : ''}`}
              {...getItemProps({ item, index })}
            >
              <span>{item.name}</span>
              {item.hint && <span className="tag-picker-hint">{item.hint}</span>}
            </li>
          ))}
      </ul>
    </div>
  );
}
