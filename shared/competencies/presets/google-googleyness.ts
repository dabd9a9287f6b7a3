import type { Framework } from '../../domain/schemas';

// Google's "Googleyness and Leadership" interview: the commonly described attributes, plus leadership.
export const GOOGLE_GOOGLEYNESS: Framework = {
  id: 'google-googleyness-leadership',
  name: 'Google Googleyness & Leadership',
  preset: true,
  competencies: [
    {
      id: 'google.thriving-in-ambiguity',
      name: 'Thriving in ambiguity',
      description: 'Stayed effective and calm when the problem, the priorities or the plan kept changing.',
    },
    {
      id: 'google.valuing-feedback',
      name: 'Valuing feedback',
      description: 'Asked for hard feedback, gave it kindly, and changed course because of it.',
    },
    {
      id: 'google.challenging-status-quo',
      name: 'Challenging the status quo',
      description: 'Questioned how things were done and replaced it with something better.',
    },
    {
      id: 'google.putting-users-first',
      name: 'Putting the user first',
      description: 'Let what users need decide a product or technical choice, even at a cost to you.',
    },
    {
      id: 'google.doing-the-right-thing',
      name: 'Doing the right thing',
      description: 'Acted with integrity when it was inconvenient: privacy, fairness, honesty about results.',
    },
    {
      id: 'google.caring-about-the-team',
      name: 'Caring about the team',
      description: 'Helped teammates succeed, included others and put the team ahead of personal credit.',
    },
    {
      id: 'google.leadership',
      name: 'Leadership',
      description: 'Stepped up to lead when it was needed, then stepped back and let others lead.',
    },
  ],
};
