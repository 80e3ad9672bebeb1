/*
 * Departments and functions named as the people in them (issue 16), in one place (round 33): the person reader
 * (person-references.ts), the posts and groups reader (person-posts.ts) and the sentence-opener check (person-openers.ts)
 * all read these. Each list says how much context its words need: DEPARTMENT and LOWER_DEPARTMENT act when a verb
 * follows; DEPARTMENT_NOUN names only a department (any act but a machine's); FUNCTION_NOUN is also a measure or a
 * thing ("Growth", "Security", "Production") and needs a person's clue; DEPARTMENT_GERUND names a department even
 * where a sentence opens; FUNCTION_TAIL makes a two-word function ("Guest Services"); PLURAL_DEPARTMENT opens a
 * sentence as people do ("Operations had two weeks' notice").
 */

/** Departments that act as a group of people when a verb follows ("QA rubber-stamped the build"), not when a noun does ("the QA environment"). */
export const DEPARTMENT = /^(?:QA|Ops|DevOps|SecOps|NOC|SOC|IT|HR|Marketing|Legal|Finance|Sales|Support|Management|Security|Platform|Infra|Networking|Facilities|Procurement|Merch|Merchandising)$/;
/** Departments written in lower case as the actor ("management pushed the date", "networking decided …"). */
export const LOWER_DEPARTMENT = /^(?:management|leadership|networking|engineering|security|marketing|finance|legal|procurement|ops|devops|secops|infra|facilities|compliance|sales|support)$/;
/**
 * Gerunds that name a department wherever they stand (coordinator, round 32 merge): at the opening of a sentence every
 * gerund is capitalised, so there the capital is no evidence, and any other gerund needs a clue that a group is meant
 * ("Replaying would have fed the TOS twistlock events an hour late" is an option weighed, not a team).
 */
export const DEPARTMENT_GERUND = /^(?:Scheduling|Ticketing|Permitting|Marketing|Engineering|Accounting|Purchasing|Receiving|Shipping|Nursing|Billing|Licensing|Underwriting|Recruiting|Staffing|Housekeeping|Merchandising|Catering|Planning|Programming|Trading|Lending|Servicing|Publishing|Consulting|Banking|Clearing|Settlement|Landscaping|Printing|Packing|Picking|Boarding|Screening)$/;
/** Second words of a two-word function name: "Guest Services", "Customer Info", "Code Enforcement". */
export const FUNCTION_TAIL = /^(?:Services|Service|Info|Information|Enforcement|Relations|Affairs|Operations|Care|Experience|Success|Programming|Entertainment|Inspections|Permits|Licensing|Dispatch|Planning|Scheduling|Ticketing|Control|Desk|Ops)$/;
/** Function nouns that name only a department: a verb after them is enough ("Entertainment ignored the hold"). */
export const DEPARTMENT_NOUN = /^(?:Entertainment|Surveillance|Reservations|Procurement|Permitting|Records|Enforcement|Purchasing|Payroll|Housekeeping|Custodial|Merchandising)$/;
/** Function nouns that are also measures or things: a person's clue is needed. */
export const FUNCTION_NOUN = /^(?:Growth|Production|Yield|Security|Metrology|Records|Entertainment|Surveillance|Count|Deck|Dispatch|Procurement|Payroll|Compliance|Facilities|Maintenance|Housekeeping|Utilities|Treasury|Audit|Logistics|Fulfil?ment|Receiving|Shipping|Underwriting)$/;
/** Departments named in the plural, who act as people do ("Operations had two weeks' notice"). */
export const PLURAL_DEPARTMENT = /^(?:Operations|Communications|Logistics|Admissions)$/;
