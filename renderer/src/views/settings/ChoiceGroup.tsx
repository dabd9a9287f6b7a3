// A labelled group of radio buttons that saves as soon as one is picked.
import { useId } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

export interface ChoiceGroupProps<T extends string> {
  legend: string;
  /** Unique in the page: radios without a form share a group by name. */
  name: string;
  choices: readonly Choice<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
}

export function ChoiceGroup<T extends string>({ legend, name, choices, value, onChange }: ChoiceGroupProps<T>) {
  const id = useId();
  return (
    <fieldset className="choice-group">
      <legend className="sr-only">{legend}</legend>
      {choices.map((c) => (
        <label key={c.value} className={`choice${value === c.value ? ' on' : ''}`}>
          <input
            type="radio"
            name={name}
            value={c.value}
            checked={value === c.value}
            disabled={value === undefined}
            aria-describedby={c.hint ? `${id}-${c.value}` : undefined}
            onChange={() => onChange(c.value)}
          />
          <span className="choice-label">{c.label}</span>
          {c.hint && (
            <span id={`${id}-${c.value}`} className="choice-hint muted small">
              {c.hint}
            </span>
          )}
        </label>
      ))}
    </fieldset>
  );
}
