/*
 * Round 34 (issue 16): the people a service serves, in one place. Customers, users, patients and callers are who an
 * incident happens to, not who a review could blame, so two readers leave them out, each to its own degree:
 *
 * - the sentence reader (blame.lexicon.ts SERVED, read by person-tokens, -openers, -place, -acts) never takes a word of
 *   SERVED_ALWAYS for a person reference: "Several customers told us …", "Mobile users were unable to log in";
 * - the WordNet lexicon (person-lexicon.ts) makes every served noun WordNet holds SHARED, a person only by its context:
 *   SERVED_ALWAYS and SERVED_BY_CONTEXT ("an applicant phoned", "the first participant in arm B") alike, except the
 *   words that are trades as well (SERVED_TRADES: "the media buyer", "the fuel merchant") or a public a review may weigh
 *   (citizens, travellers), which WordNet's person reading keeps.
 *
 * Nouns that name a software role in operations though WordNet does not know it (COMPUTING_ROLES: "master", "worker",
 * "consumer") are shared too; the served words among them are listed once, here.
 */

/** Served people the sentence reader never takes for staff, and that the lexicon reads by context. */
const SERVED_CORE = 'customer user client patient caller passenger shopper guest visitor player viewer listener reader tenant resident rider end-user';
/** Served people who are also trades or a public, kept as people by the lexicon: not read by context there. */
const SERVED_TRADES = 'buyer seller merchant citizen traveller traveler';
/** Served people only the lexicon reads by context; the sentence reader judges them as it finds them (those that are
 * software roles as well, "subscriber", "member", "consumer", "follower", are in COMPUTING_ROLES). */
const SERVED_BY_CONTEXT =
  'applicant patron claimant participant attendee entrant registrant enrollee student pupil learner trainee tourist spectator commuter voter taxpayer policyholder borrower depositor beneficiary recipient fan donor volunteer';

/** Person nouns that name a software role in operations, which WordNet's senses do not hold: read by context. */
export const COMPUTING_ROLES =
  'daemon demon master slave leader follower peer primary secondary replica sender receiver requester responder provider consumer subscriber listener watcher observer handler loader worker runner server host client agent owner manager member user caller reader writer broker carrier shipper tenant supervisor controller monitor scheduler dispatcher operator driver executor builder keeper tracker';

function words(...lists: string[]): string[] {
  return [...new Set(lists.join(' ').split(' ').filter((w) => w !== ''))];
}

/** The served nouns the lexicon reads by context (SERVED_CORE and SERVED_BY_CONTEXT, not the trades). */
export const SERVED_PEOPLE: readonly string[] = words(SERVED_CORE, SERVED_BY_CONTEXT);


/** A served noun, singular or plural, that the sentence reader never takes for a person reference. */
export const SERVED_ALWAYS = new RegExp(
  `^(?:${words(SERVED_CORE, SERVED_TRADES).map((w) => `${w}s?`).join('|')})$`,
  'i',
);
