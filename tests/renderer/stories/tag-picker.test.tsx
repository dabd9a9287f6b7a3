import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TagPicker, type TagOption } from '../../../renderer/src/components/TagPicker';

const OPTIONS: TagOption[] = [
  { id: 'ml.ownership', name: 'Ownership' },
  { id: 'ml.mentoring', name: 'Mentoring and growing others' },
  { id: 'ml.tradeoffs', name: 'Trade-offs and judgment' },
];

function Harness({ allowCreate = false, initial = [] as string[] }) {
  const [value, setValue] = useState<string[]>(initial);
  return (
    <>
      <TagPicker label="Competencies" options={OPTIONS} value={value} onChange={setValue} allowCreate={allowCreate} />
      <output data-testid="value">{value.join(',')}</output>
    </>
  );
}

describe('TagPicker', () => {
  it('adds a tag by typing part of its name and pressing Enter (type-ahead)', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const input = screen.getByRole('combobox', { name: 'Competencies' });
    await user.type(input, 'mento');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Mentoring and growing others']);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(screen.getByTestId('value')).toHaveTextContent('ml.mentoring');
    expect(screen.getByText('Mentoring and growing others')).toBeInTheDocument();
  });

  it('does not offer tags that are already chosen, and removes the last one with Backspace', async () => {
    const user = userEvent.setup();
    render(<Harness initial={['ml.ownership', 'ml.tradeoffs']} />);
    const input = screen.getByRole('combobox', { name: 'Competencies' });
    await user.click(input);
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Mentoring and growing others']);
    await user.keyboard('{Escape}{Backspace}');
    expect(screen.getByTestId('value')).toHaveTextContent(/^ml.ownership$/);
  });

  it('removes a tag with its remove button', async () => {
    const user = userEvent.setup();
    render(<Harness initial={['ml.ownership']} />);
    await user.click(screen.getByRole('button', { name: 'Remove Ownership' }));
    expect(screen.getByTestId('value')).toBeEmptyDOMElement();
  });

  it('creates free-text tags when allowed (companies)', async () => {
    const user = userEvent.setup();
    render(<Harness allowCreate />);
    await user.type(screen.getByRole('combobox', { name: 'Competencies' }), 'Acme Robotics');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(screen.getByTestId('value')).toHaveTextContent('Acme Robotics');
  });

  it('Enter right after typing adds the best match: part of a name, or an exact name among several matches', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const input = screen.getByRole('combobox', { name: 'Competencies' });
    await user.type(input, 'owner{Enter}');
    expect(screen.getByTestId('value')).toHaveTextContent(/^ml.ownership$/);
    expect(input).toHaveValue('');
    // "o" is in every name; the exact name wins over earlier matches.
    await user.type(input, 'trade-offs and judgment{Enter}');
    expect(screen.getByTestId('value')).toHaveTextContent(/^ml.ownership,ml.tradeoffs$/);
  });

  it('Enter adds the typed text as a new tag where new tags are allowed, and keeps text that matches nothing', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Harness allowCreate />);
    await user.type(screen.getByRole('combobox', { name: 'Competencies' }), 'Globex{Enter}');
    expect(screen.getByTestId('value')).toHaveTextContent(/^Globex$/);
    unmount();
    render(<Harness />);
    const input = screen.getByRole('combobox', { name: 'Competencies' });
    await user.type(input, 'zzz{Enter}');
    expect(screen.getByTestId('value')).toBeEmptyDOMElement();
    expect(input).toHaveValue('zzz');
  });
});
