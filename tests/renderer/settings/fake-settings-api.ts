// An in-memory API for the settings, bank-status and notices components: a bank with profile,
// settings and stages, backups, recent banks and notices, with the store's answers and refusals.
import type { BackupEntry, BankInfo, Notice, RecentBankEntry } from '#shared/api/channels/bank';
import type { StorybankApi } from '#shared/api/contract';
import { StorybankError, type ApiErrorCode } from '#shared/api/errors';
import { emptyBank } from '#shared/domain/defaults';
import type { Bank } from '#shared/domain/schemas';

export interface FakeState {
  bank: Bank;
  path: string;
  runtime: 'desktop' | 'web';
  /** When set, every bank call fails with this (the bank could not be opened). */
  failure: { code: ApiErrorCode; message: string } | null;
  backups: BackupEntry[];
  recent: RecentBankEntry[];
  notices: Notice[];
  /** Bank files that "exist" and can be opened, or the error opening them gives. */
  files: Map<string, Bank | { code: ApiErrorCode; message: string }>;
  calls: { name: string; request: unknown }[];
}

export function fakeState(overrides: Partial<FakeState> = {}): FakeState {
  return {
    bank: emptyBank(),
    path: '/home/a/storybank.json',
    runtime: 'web',
    failure: null,
    backups: [],
    recent: [],
    notices: [],
    files: new Map(),
    calls: [],
    ...overrides,
  };
}

const fail = (code: ApiErrorCode, message: string): never => {
  throw new StorybankError({ code, message });
};

export function fakeSettingsApi(state: FakeState, overrides: Partial<StorybankApi> = {}): StorybankApi {
  const bank = () => {
    if (state.failure) fail(state.failure.code, state.failure.message);
    return state.bank;
  };
  const info = (): BankInfo => ({
    path: state.path,
    name: state.path.split('/').pop() ?? state.path,
    open: !state.failure,
    ...(state.failure ? { problem: state.failure.message } : {}),
    storyCount: state.failure ? 0 : state.bank.stories.length,
    trashCount: 0,
  });
  const switchTo = (path: string | undefined) => {
    if (!path)
      return fail('invalid-request', 'Type the full path of the bank file: this window cannot show a file dialog.');
    const found = state.files.get(path);
    if (!found) return fail('not-found', `There is no bank at ${path}.`);
    if ('code' in found) return fail(found.code, found.message);
    state.bank = found;
    state.path = path;
    state.failure = null;
    return info();
  };
  const impl: Partial<StorybankApi> = {
    appInfo: async () => ({
      name: 'Storybank',
      version: '9.9.9',
      runtime: state.runtime,
      dataFile: state.path,
      platform: 'linux',
    }),
    getBank: async () => bank(),
    currentBank: async () => info(),
    updateProfile: async (patch) => {
      state.bank = { ...bank(), profile: { ...bank().profile, ...patch } };
      return state.bank.profile;
    },
    updateSettings: async (patch) => {
      state.bank = { ...bank(), settings: { ...bank().settings, ...patch } };
      return state.bank.settings;
    },
    createStage: async ({ name }) => {
      const stage = { id: `stage-${bank().stages.length + 1}`, name: name.trim() };
      state.bank = { ...bank(), stages: [...bank().stages, stage] };
      return stage;
    },
    renameStage: async ({ id, name }) => {
      const stage = bank().stages.find((s) => s.id === id) ?? fail('not-found', 'No such stage.');
      const renamed = { ...stage, name: name.trim() };
      state.bank = { ...bank(), stages: bank().stages.map((s) => (s.id === id ? renamed : s)) };
      return renamed;
    },
    reorderStages: async ({ ids }) => {
      const byId = new Map(bank().stages.map((s) => [s.id, s]));
      state.bank = { ...bank(), stages: ids.map((id) => byId.get(id) ?? fail('invalid-request', 'Unknown stage.')) };
      return { stages: state.bank.stages };
    },
    deleteStage: async ({ id }) => {
      state.bank = { ...bank(), stages: bank().stages.filter((s) => s.id !== id) };
      return { deleted: true as const, stories: [], loops: [] };
    },
    newBank: async ({ path }) => {
      if (path && state.files.has(path)) return fail('conflict', `${path} already exists.`);
      if (path) state.files.set(path, emptyBank());
      return switchTo(path);
    },
    openBank: async ({ path }) => switchTo(path),
    listRecentBanks: async () => ({ banks: state.recent }),
    backupNow: async () => {
      bank();
      const entry: BackupEntry = {
        id: `backup-${state.backups.length + 1}.json`,
        path: `/data/backups/backup-${state.backups.length + 1}.json`,
        at: new Date(Date.UTC(2026, 0, 2, 10, state.backups.length)).toISOString(),
        bytes: 2_345,
        kind: 'rolling',
      };
      state.backups = [entry, ...state.backups];
      return entry;
    },
    listBackups: async () => {
      bank();
      return { backups: state.backups, folder: '/data/backups/storybank-abc' };
    },
    restoreBackup: async ({ id }) => {
      bank();
      if (!state.backups.some((b) => b.id === id)) fail('not-found', `There is no backup named ${id}.`);
      state.notices = [
        ...state.notices,
        notice({
          id: 'n-restored',
          kind: 'restored-backup',
          severity: 'info',
          message: 'Your bank was restored from the backup.',
        }),
      ];
      return info();
    },
    getNotices: async () => ({ notices: state.notices }),
    dismissNotice: async ({ id }) => {
      state.notices = state.notices.filter((n) => n.id !== id);
      return { notices: state.notices };
    },
    ...overrides,
  };
  return new Proxy(impl, {
    get: (target, name: string) => {
      const fn = target[name as keyof StorybankApi] as ((request: unknown) => Promise<unknown>) | undefined;
      if (!fn) return () => Promise.reject(new Error(`unexpected call ${name}`));
      return (request: unknown) => {
        state.calls.push({ name, request });
        return fn(request);
      };
    },
  }) as StorybankApi;
}

export function notice(fields: Partial<Notice> & Pick<Notice, 'id' | 'message'>): Notice {
  return {
    kind: 'recovered',
    severity: 'error',
    at: '2026-01-02T10:00:00.000Z',
    bankPath: '/home/a/storybank.json',
    ...fields,
  };
}
