// Adding a question of your own (one a recruiter mentioned, or one you dread), mapped to competencies.
import { useMemo, useState } from 'react';
import type { QuestionDto } from '#shared/api/channels/questions';
import type { Framework } from '#shared/domain/schemas';
import { useBankStore } from '../../../data/bank-context';
import { TagPicker, type TagOption } from '../../../components/TagPicker';
import { errorMessage } from '#shared/api/errors';
import { startAction } from '../../../app/start-action';

export function AddQuestionForm({
  framework,
  defaultCompetency,
  onAdded,
}: {
  framework: Framework;
  defaultCompetency: string;
  onAdded: (q: QuestionDto) => void;
}) {
  const store = useBankStore();
  const [text, setText] = useState('');
  const [competencies, setCompetencies] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const options = useMemo<TagOption[]>(
    () => framework.competencies.map((c) => ({ id: c.id, name: c.name, hint: c.description })),
    [framework],
  );

  const submit = async () => {
    setError(undefined);
    try {
      const tags = competencies.length > 0 ? competencies : defaultCompetency ? [defaultCompetency] : [];
      const added = await store.addQuestion({ text, competencies: tags });
      setText('');
      setCompetencies([]);
      onAdded({ ...added, own: true });
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <form
      className="add-question"
      aria-label="Add your own question"
      onSubmit={(e) => {
        e.preventDefault();
        startAction(submit());
      }}
    >
      <h3>Add your own question</h3>
      <label className="field">
        <span>Question</span>
        <textarea
          rows={2}
          value={text}
          maxLength={1000}
          onChange={(e) => setText(e.target.value)}
          placeholder="Tell me about a time you…"
        />
      </label>
      <TagPicker
        label="Competencies it probes"
        options={options}
        value={competencies}
        onChange={setCompetencies}
        placeholder="Type to add"
      />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div>
        <button type="submit" className="button" disabled={text.trim() === ''}>
          Add question
        </button>
      </div>
    </form>
  );
}
