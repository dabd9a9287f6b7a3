// A multi-select combobox with type-ahead (downshift): chips for the chosen tags, a text box that
// filters the options, Enter to add, Backspace on an empty box to remove the last chip. With
// `allowCreate`, free text becomes a new tag (companies).
import { useCombobox, useMultipleSelection } from 'downshift';
import { useId, useMemo, useState } from 'react';
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

  const items = useMemo(() => {
    const q = input.trim().toLowerCase();
    const free = options.filter((o) => !value.includes(o.id));
    const matched = q ? free.filter((o) => o.name.toLowerCase().includes(q) || o.id.toLowerCase().includes(q)) : free;
    // Names that start with the query first: "ow" → Ownership before Growth.
    const sorted = q
      ? [...matched].sort(
          (a, b) => Number(!a.name.toLowerCase().startsWith(q)) - Number(!b.name.toLowerCase().startsWith(q)),
        )
      : matched;
    const list: TagOption[] = sorted.slice(0, limit);
    const exact = options.some((o) => o.name.toLowerCase() === q) || value.some((v) => v.toLowerCase() === q);
    if (allowCreate && q && !exact) list.push({ id: CREATE_PREFIX + input.trim(), name: `Add “${input.trim()}”` });
    return list;
  }, [input, options, value, allowCreate, limit]);

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

  const { isOpen, getLabelProps, getMenuProps, getInputProps, highlightedIndex, getItemProps } = useCombobox<TagOption>(
    {
      items,
      itemToString: (item) => item?.name ?? '',
      selectedItem: null,
      labelId,
      stateReducer: (_state, { changes, type }) => {
        // Stay open after picking, so several tags can be added in a row.
        if (
          type === useCombobox.stateChangeTypes.InputKeyDownEnter ||
          type === useCombobox.stateChangeTypes.ItemClick
        ) {
          return { ...changes, isOpen: true, highlightedIndex: 0, inputValue: '' };
        }
        return changes;
      },
      // Downshift owns the text box (controlling it from here drops keystrokes when typing fast);
      // we keep a copy only to filter the options.
      onInputValueChange: ({ inputValue }) => setInput(inputValue ?? ''),
      onSelectedItemChange: ({ selectedItem }) => {
        if (!selectedItem) return;
        const id = selectedItem.id.startsWith(CREATE_PREFIX)
          ? selectedItem.id.slice(CREATE_PREFIX.length)
          : selectedItem.id;
        if (!value.includes(id)) onChange([...value, id]);
        setInput('');
      },
    },
  );

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
          {...getInputProps(getDropdownProps({ preventKeyAction: isOpen }))}
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
