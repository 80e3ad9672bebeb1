/**
 * Incident types and the focus areas seed 001 gives each ("Post-Mortem Templates by
 * Incident Type"); `other` takes seed 004's response-evaluation questions. This module is
 * the single source for templates, reviews and quality checks.
 */

export const INCIDENT_TYPES = ['deployment', 'infrastructure', 'security', 'data_loss', 'other'] as const;

export type IncidentType = (typeof INCIDENT_TYPES)[number];

/** What a post-mortem of one incident type should cover. */
export type IncidentTypeInfo = {
  type: IncidentType;
  label: string;
  /** Seed 001's focus areas, verbatim (seed 004 for `other`). */
  focusAreas: string[];
  /** The same focus areas as questions an author answers and a reviewer checks. */
  questions: string[];
  seed: string;
};

export const INCIDENT_TYPE_INFO: Readonly<Record<IncidentType, IncidentTypeInfo>> = {
  deployment: {
    type: 'deployment',
    label: 'Deployment Failure',
    seed: '001',
    focusAreas: [
      'What broke in the deployment',
      "Why testing didn't catch it",
      'Rollback effectiveness',
      'Deployment process improvements',
    ],
    questions: [
      'What broke in the deployment?',
      "Why didn't testing catch it?",
      'How effective was the rollback (was it considered, was it viable, how long did it take)?',
      'What should change in the deployment process?',
    ],
  },
  infrastructure: {
    type: 'infrastructure',
    label: 'Infrastructure Failure',
    seed: '001',
    focusAreas: [
      'Infrastructure component that failed',
      'Monitoring and alerting gaps',
      'Failover and redundancy',
      'Architecture improvements',
    ],
    questions: [
      'Which infrastructure component failed, and how?',
      'Which monitoring or alerting gaps delayed detection?',
      'Did failover and redundancy work as designed?',
      'Which architecture improvements would prevent or contain a recurrence?',
    ],
  },
  security: {
    type: 'security',
    label: 'Security Incident',
    seed: '001',
    focusAreas: [
      'Attack vector or vulnerability',
      'Detection and response time',
      'Data exposure and impact',
      'Security improvements',
      'User communication',
    ],
    questions: [
      'What was the attack vector or vulnerability?',
      'How long did detection and response take?',
      'Which data was exposed, and what is the impact?',
      'Which security improvements will close the gap?',
      'How, when and by whom are affected users told?',
    ],
  },
  data_loss: {
    type: 'data_loss',
    label: 'Data Loss',
    seed: '001',
    focusAreas: [
      'How data was lost',
      'Backup and recovery process',
      'Data integrity verification',
      'Prevention measures',
      'User impact and communication',
    ],
    questions: [
      'How was the data lost?',
      'How did the backup and recovery process perform?',
      'How was data integrity verified after recovery?',
      'Which measures prevent this loss from happening again?',
      'Which users were affected, and how were they told?',
    ],
  },
  other: {
    type: 'other',
    label: 'Other',
    seed: '004',
    focusAreas: ['Detection', 'Escalation', 'Resolution'],
    questions: [
      'Was the issue detected by monitoring or by users, and how long after onset?',
      'Were existing alerts relevant? Were any alerts missing?',
      'Was the right team engaged at the right time, and was communication clear?',
      'Was the mitigation effective? Was rollback considered and viable?',
      'How long between mitigation and permanent fix?',
    ],
  },
};

/** Normalised key of a type name: `Data Loss`, `data-loss` and `data_loss` all give `data_loss`. */
function typeKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

const ALIASES: Record<string, IncidentType> = {
  deploy: 'deployment',
  deployment_failure: 'deployment',
  infra: 'infrastructure',
  infrastructure_failure: 'infrastructure',
  security_incident: 'security',
  dataloss: 'data_loss',
};

/** Resolves an incident type name (case, spaces and hyphens ignored); undefined when unknown. */
export function parseIncidentType(name: string): IncidentType | undefined {
  const key = typeKey(name);
  if ((INCIDENT_TYPES as readonly string[]).includes(key)) return key as IncidentType;
  return ALIASES[key];
}

/** The focus areas and questions for one incident type. */
export function incidentTypeInfo(type: IncidentType): IncidentTypeInfo {
  return INCIDENT_TYPE_INFO[type];
}
