// The people a role serves, named in the domain's own words: the customers of a job description's asks.

// Words that name the people a role works for, in the domain's own words (matched by stem, so "member" finds
// "members"): "member interviews", "see how patients use it", "watch shoppers use the checkout". Two halves,
// so each phrase made from them stays short enough to read and edit.
export const SERVED: readonly string[] = [
  'customer|user|client|member|patient|shopper|buyer|seller|merchant|traveller|traveler',
  'driver|rider|student|learner|teacher|player|guest|advertiser|caller|reader|citizen',
  'tenant|resident|parent|pupil|farmer|grower|homeowner|household|prospect|subscriber|visitor|dispatcher',
  '=clinic|=clinics|=restaurant|=restaurants|=carer|=carers|=relatives',
  // A charity's givers and a transport operator's riders: "supporter satisfaction", "passenger complaints". (Exact
  // forms: the stem of "supporter" is "support".)
  '=supporter|=supporters|=donor|=donors|passenger|commuter',
];
// The same people without the words software also uses for things ("client", "driver", "player", "reader",
// "guest", "caller": an API client, a kernel driver): "understand how drivers work" may be about code.
export const SERVED_PEOPLE: readonly string[] = [
  'customer|user|member|patient|shopper|buyer|seller|merchant|traveller|traveler',
  'rider|student|learner|teacher|advertiser|citizen',
  'tenant|resident|parent|pupil|farmer|grower|homeowner|household|prospect|subscriber|visitor|dispatcher',
  '=clinic|=clinics|=restaurant|=restaurants|=carer|=carers|=relatives',
  '=supporter|=supporters|=donor|=donors|passenger|commuter',
];
