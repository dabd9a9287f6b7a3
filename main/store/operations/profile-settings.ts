// The profile (name, target role) and settings: partial updates merged into the current values.
import type { Profile, Settings } from '#shared/domain/schemas';
import type { BankStore } from '../bank-store';

export function updateProfile(store: BankStore, changes: Partial<Profile>): Promise<Profile> {
  return store.update(
    (bank) => ({ ...bank, profile: { ...bank.profile, ...changes } }),
    (bank) => bank.profile,
  );
}

export function updateSettings(store: BankStore, changes: Partial<Settings>): Promise<Settings> {
  return store.update(
    (bank) => ({ ...bank, settings: { ...bank.settings, ...changes } }),
    (bank) => bank.settings,
  );
}
