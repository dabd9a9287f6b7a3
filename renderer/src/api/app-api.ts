// The app's one API object, made first of all the app's modules (main.tsx imports this module before
// any other), and the first read of the bank sent at once: it costs the server tens of milliseconds
// for a big bank, which now overlap the evaluation of the rest of the app's code and its first render.
import { offerFirstBankRead } from '../data/first-bank-read';
import { resolveApi } from './api-context';

export const appApi = resolveApi();
offerFirstBankRead(appApi.getBank({}));
