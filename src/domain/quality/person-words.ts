/**
 * The word classes person references are found by (person-references.ts): determiners, roles and
 * their tails, departments, what follows a person as the subject, titles, the words of thanks
 * addressed to someone, judging words inside a reference. Data, built once from blame.lexicon.ts.
 */
import { JUDGE_ADJ, JUDGE_NOUNS, VIRTUE_ADJ, ROLE_NOUNS } from './blame.lexicon.ts';
import { GIVEN_NAMES } from './person-names.ts';

export { DEPARTMENT, LOWER_DEPARTMENT } from './person-departments.ts';

export const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'their', 'that', 'this', 'one', 'another', 'some', 'two', 'three', 'those', 'these', 'your', 'my', 'them', 'every', 'each', 'whichever', 'both']);
export const BREAKS = new Set(
  'is was were be been being are am has have had should would could will can may might must do does did to and or of in on by for with at from that which who whose not no as than if when while after before because since so but yet it its we they he she his her there here what where why how into onto over under about via per also then just only even never all any'.split(' '),
);
export const ROLE = new RegExp(`^(?:${ROLE_NOUNS.join('|')})$`, 'i');
export const ROLE_PAIR = /^(?:new hire|tech lead|team lead|shift lead|on call|release manager|product owner|incident commander|change advisory|site reliability|(?:code|control|data|service|system|process|experiment|risk|business|asset|certificate|cert|account|budget|application|app|domain|alert|change|release|contract|licen[cs]e) owner|data steward)s?$/i;
export const ROLE_TAIL = /^(?:desk|shift|floor|line|rotation|side|crew|team|squad|group|department|staff|board|office|call|duty|nights|days|weekends|marketing|finance|sales|support|ops|operations|engineering|legal|hr|it|accounting|procurement|security|product|infra|infrastructure|platform|payments|billing|networking|facilities|dispatch|reception)$/i;
/** Role nouns that also name software when a thing comes before them ("the password manager", "the Kubernetes operator"). */
export const AMBIGUOUS_ROLE = /^(?:managers?|operators?|owners?|leads?|heads?|members?|users?|agents?|controllers?|groups?|units?|offices?|divisions?)$/i;
export const THING_MODIFIER =
  /^(?:password|package|secrets?|certificate|cert|task|window|resource|connection|cluster|node|process|service|session|memory|file|display|device|network|traffic|queue|job|build|dependency|state|config|configuration|lock|transaction|entity|cache|load|event|policy|identity|access|key|media|download|upload|update|version|content|stream|workflow|pipeline|kubernetes|k8s|database|db|monitoring|logging|metrics|ssh|dns|proxy|host|vm|container|pod|storage|backup|boot|disk|volume|power|kafka|redis|terraform|helm|argo|feature|flag|release|deploy|deployment|team|group|list|thread|repo|repository|code|branch|tab|page|table|partition|shard|replica|index|cron|scheduler|consumer|resource|placement|target|log|subnet|user|worker|availability|parameter|option|instance|autoscaling|auto-scaling|processing|control|sample|focus|back|box|post|home|front)$/i;
/** Irregular pasts that follow a department acting ("Security sat on the patch", "Ops took the site down"). */
export const IRREGULAR_PAST = /^(?:sat|took|let|made|went|kept|left|broke|ran|chose|threw|gave|forgot|shut|put|set|sent|hid|slept|spent|blew|told|knew|thought|cut|lost|brought|built|wrote|got|did|didn't|never|just|still|again|once|apparently|clearly|simply|basically|decided|refused|swept|fell|hit|held|sold|bought|caught|stood|sank|saw|said|wore|drove|rode|began|overrode|undid|mislaid|misled|withheld|forgave|understood|overlooked|overslept|dug|fed|led|paid|read|sped|split|spun|stuck|struck|swung|tore|woke|won|wound)$/i;
/** What a department decides or does, after its possessive ("marketing's idea", "Legal's decision"). */
export const DECISION = new RegExp(`^(?:idea|ideas|decision|decisions|call|choice|plan|push|insistence|request|demand|change|changes|shortcut|approach|handling|refusal|delay|failure|mistake|oversight|fault|negligence|habit|policy|inability|${JUDGE_NOUNS})$`, 'i');
/** An opener of thanks or praise, then the one addressed between commas (group 1). */
export const ADDRESSED =
  /^(?:(?:great|nice|good|fine|stellar|brilliant|excellent|fantastic|top|awesome|solid|amazing)\s+(?:job|work|one|going|call|move|stuff)|well\s+done|bravo|kudos|congrat\w*|thanks(?:\s+(?:a\s+(?:lot|bunch|million|ton)|(?:ever\s+)?so\s+much|very\s+much|again))?|thank\s+you(?:\s+(?:(?:ever\s+)?so\s+much|very\s+much))?|many\s+thanks|way\s+to\s+go|nice\s+one|cheers)\s*,\s*((?:[\p{L}@][\p{L}\p{N}.'’_-]{0,30}\s+){0,2}[\p{L}@][\p{L}\p{N}.'’_-]{0,30})(?=\s*,)/iu;
export const PRONOUN = /^(?:he|she|they|him|them)$/i;
export const POSS_PRONOUN = /^(?:his|their)$/i;
export const INDEFINITE = /^(?:someone|somebody|anyone|anybody|whoever)(?:'s|’s)?$/i;
export const NAME_SHAPE = /^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)*$/u;
export const GIVEN = new Set(GIVEN_NAMES);
export const JUDGING_WORD = new RegExp(`^(?:${JUDGE_ADJ}|${VIRTUE_ADJ})$`, 'i');
/** Titles before a surname: the next capitalised word is a name whatever it ends in ("Mr Davies", "Dr. Okafor"). */
export const HONORIFIC = /^(?:mr|mrs|ms|mx|dr|mister|miss|prof|professor|sir|madam|dame|nurse|sister|officer|captain|sergeant|chef)$/i;
/** What can follow a person as the subject: an auxiliary, a past tense, an adverb ("the contractor at the substation was …"). */
export const VERBISH = /^(?:is|was|were|are|has|had|have|should|would|could|did|does|do|didn't|doesn't|wasn't|weren't|hasn't|hadn't|never|will|won't|must|can|can't|might|may|just|then|also|still|again|keeps?|kept)$|^\p{Ll}{2,}ed$|^\p{Ll}{3,}ly$/u;
/** Who hires or pays a group ("the agency we hired", "the contractor they brought in"): the group is people. */
export const HIRED = /^(?:hired|contracted|engaged|brought|paid|use|used|chose|picked|outsourced|retained|commissioned|appointed|employ|employed|pay|selected)$/i;

/**
 * Acronyms written in brackets that are not a person's initials (round 10): "(DNS)", "(UTC)", "[SLA]". Initials in
 * brackets after an act ("Config pushed to prod without a dry run (JS).", "(thanks, A.B.)") name who did it.
 */
export const BRACKET_ACRONYM = new Set(
  'API DNS UTC GMT CET CEST EET PST PDT EST EDT CST CDT MST IST JST KST AEST AEDT BST NZST SGT HKT WIB SLA SLO SLI RCA TBD TBC ETA ETD FYI NA QA IT HR DB DBS OS UI UX VPN CDN TLS SSL SSO MFA AWS GCP CPU GPU RAM SQL ACL WAF LB DR PR PRS CI CD MR CVE SEV PIR RPO RTO KPI OKR UPS HVAC PLC ERP CRM POS EU US USA UK IP ID IDS TTL SMS PDF CSV JSON XML YAML SSH FTP NFS SAN NAS VM VMS AZ DC ISP BGP NTP LDAP AD IAM KMS EC RDS EKS GKE AKS ECS SQS SNS CLI SDK IDE OTP PIN ATM EOD EOW COB ASAP AM PM UAT QA DEV PRD PROD STG MVP FAQ ROI SaaS TOS GDPR PII PCI HIPAA SOX ISO ACK NACK OK NB PS RIP WIP LGTM TL DR SRE SRES DBA IC EM CTO CEO CFO COO CIO VP SVP EVP NOC SOC OPS'.split(' '),
);

/** Round 20: words of degree before a participle keep the noun phrase going ("a more experienced engineer", "the newly hired SRE"). */
export const DEGREE = /(?:ly|^more|^most|^less|^least|^very|^well|^so|^too|^better|^best|^under|^over|^self|^un|^non)$/i;
