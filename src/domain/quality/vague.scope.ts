/*
 * Round 22 (issue 16): where an action item is done, and over what, told apart from what it changes.
 *
 * - A site or host code after "at" ("Look into the VPN drops at site LDN-04", "Investigate the resets at host db-07")
 *   says where the trouble was, not which artefact the action changes nor when it is done: it is no exact artefact,
 *   even when it looks like a ticket key.
 * - An audit bounded by who made the records and since when ("Audit refunds issued by job refund-sweeper since 2 March",
 *   "Review every grant created by the onboarding script since the 3.2 release") names a finite set of records to go
 *   through: done when each is checked. An audit of a practice ("Audit access permissions", "Audit the change process")
 *   has no such bound and stays vague.
 *
 * Read at run time only, after the model's features (not a training feature). Bounded repetition only: linear.
 */

/** "at site LDN-04", "at store BRS-12", "at host db-07", "at LDN-04": a place by its code. */
const SITE_CODE =
  /\bat\s{1,3}(?:the\s{1,3})?(?:(?:site|store|branch|depot|office|plant|warehouse|hub|clinic|campus|building|location|facility|station|dc|pop|host|server|node|machine|terminal|till|kiosk)\s{1,3}(?:[A-Z][A-Z0-9]{0,9}-?\d{1,6}[A-Z]?|[a-z][a-z0-9]{1,15}-\d{1,6})|[A-Z]{2,6}-\d{1,6}[A-Z]?)\b(?!-)/g;

/** The item with a place's code after "at" set aside, so that it does not count as an exact artefact. */
export function withoutSiteCode(t: string): string {
  return t.replace(SITE_CODE, 'at the site');
}

/**
 * An audit of the records one named actor made since a point in time: the verb, up to four words of what is audited,
 * the act that made them, "by" a named job / script / service (or a named thing), then "since" / "from" / "after" a
 * date, a release or an event.
 */
const SCOPED_AUDIT =
  /^(?:audit|review|re-?check|reconcile|inspect)\s(?:all\s|every\s|each\s|the\s)?(?:[\w'’-]{2,30}\s){1,4}?(?:issued|created|made|changed|granted|sent|written|processed|approved|placed|edited|deleted|modified|imported|exported|booked|charged|refunded|generated|posted|applied|merged|deployed)\s(?:by|through|via|from)\s(?:the\s)?(?:(?:job|script|service|bot|integration|cron|batch|tool|api|worker|process)\s[\w.-]{1,40}|[\w.-]{1,40}\s(?:job|script|service|bot|integration|cron|batch|tool|api|worker|process)|[a-z0-9]+(?:-[a-z0-9]+){1,5}|[A-Z][\w.-]{1,40})\s(?:since|from|after|between)\s\S/i;

/** Whether the item audits a bounded set of records (a named actor's, since a point in time). */
export function scopedAudit(t: string): boolean {
  return SCOPED_AUDIT.test(t);
}
