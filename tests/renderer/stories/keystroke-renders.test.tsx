// Typing in a story section replaces the story object (and the bank's story array) on every
// keystroke. Parts whose inputs did not change must not render again: the theme switcher, the three
// tag pickers and the company options they list.
import { act, render, renderHook, screen } from '@testing-library/react';
import { Profiler, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { emptyBank, newStory } from '#shared/domain/defaults';
import type { StorybankApi } from '#shared/api/contract';
import type { Story } from '#shared/domain/schemas';
import { ApiProvider } from '../../../renderer/src/api/api-context';
import { BankProvider } from '../../../renderer/src/data/bank-context';
import { BankStore } from '../../../renderer/src/data/bank-store';
import type { TagOption } from '../../../renderer/src/components/TagPicker';
import type * as TagPickerModule from '../../../renderer/src/components/TagPicker';
import { ThemeSwitcher } from '../../../renderer/src/theme/ThemeSwitcher';
import { StoryMetaFields } from '../../../renderer/src/views/stories/editor/StoryMetaFields';
import { useTagOptions } from '../../../renderer/src/views/stories/use-tag-options';
import { FakeStoryApi } from './fake-story-api';

// Counts the renders of every TagPicker, keeping the real one.
const picker = vi.hoisted(() => ({ renders: 0 }));
vi.mock('../../../renderer/src/components/TagPicker', async (importOriginal) => {
  const real = await importOriginal<typeof TagPickerModule>();
  return {
    ...real,
    TagPicker: (props: Parameters<typeof real.TagPicker>[0]) => {
      picker.renders++;
      return real.TagPicker(props);
    },
  };
});

/** Renders `children` and counts the commits in which anything inside rendered. */
function counted(children: ReactNode) {
  const renders = { count: 0 };
  const ui = (
    <Profiler id="counted" onRender={() => void renders.count++}>
      {children}
    </Profiler>
  );
  return { ui, renders };
}

describe('a keystroke in a story section', () => {
  it('does not render the theme switcher again; a theme change does', async () => {
    const gateway = new FakeStoryApi();
    const seeded = gateway.seed({ title: 'Typing', result: 'We cut p99' });
    const api = gateway.asApi() as unknown as StorybankApi;
    const store = new BankStore(api);
    await store.load();
    const { ui, renders } = counted(<ThemeSwitcher />);
    render(
      <ApiProvider api={api}>
        <BankProvider store={store}>{ui}</BankProvider>
      </ApiProvider>,
    );
    const before = renders.count;
    act(() => store.updateStory(seeded.id, { result: 'We cut p99 by 40%' }));
    act(() => store.updateStory(seeded.id, { result: 'We cut p99 by 40% in a week' }));
    expect(renders.count).toBe(before);
    await act(() => store.updateSettings({ theme: 'dark' }));
    expect(renders.count).toBeGreaterThan(before);
  });

  it('does not render the tag pickers again; a tag change does', () => {
    const story: Story = { ...newStory({ title: 'Tags', result: 'We cut p99' }), companies: ['Acme'] };
    const competencyOptions = [{ id: 'ml.ownership', name: 'Ownership' }];
    const companyOptions = [{ id: 'Acme', name: 'Acme' }];
    const stageOptions: TagOption[] = [];
    const onChange = () => undefined;
    const onBlur = () => undefined;
    const fields = (s: Story) => (
      <StoryMetaFields
        story={s}
        competencyOptions={competencyOptions}
        stageOptions={stageOptions}
        companyOptions={companyOptions}
        onChange={onChange}
        onBlur={onBlur}
      />
    );
    const { rerender } = render(fields(story));
    expect(screen.getByText('Acme')).toBeTruthy();
    picker.renders = 0;
    rerender(fields({ ...story, result: 'We cut p99 by 40%' }));
    rerender(fields({ ...story, result: 'We cut p99 by 40% in a week' }));
    expect(picker.renders).toBe(0);
    rerender(fields({ ...story, companies: ['Acme', 'Globex'] }));
    expect(picker.renders).toBe(3);
  });

  it('keeps the company options while the set of companies is the same', () => {
    const a = { ...newStory({ title: 'A' }), companies: ['Acme', 'Globex'] };
    const b = { ...newStory({ title: 'B' }), companies: ['acme'] };
    const bank = { ...emptyBank(), settings: emptyBank().settings, stories: [a, b] };
    const { result, rerender } = renderHook((props: typeof bank) => useTagOptions(props), { initialProps: bank });
    const first = result.current.companyOptions;
    expect(first.map((o) => o.id)).toEqual(['Acme', 'Globex']);
    rerender({ ...bank, stories: [{ ...a, result: 'edited' }, b] });
    expect(result.current.companyOptions).toBe(first);
    rerender({ ...bank, stories: [{ ...a, companies: ['Acme', 'Initech'] }, b] });
    expect(result.current.companyOptions.map((o) => o.id)).toEqual(['Acme', 'Initech']);
  });
});
