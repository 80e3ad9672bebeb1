import type { IncidentType } from './template.types.ts';

/** Focus areas per incident type (seed 001, "Post-Mortem Templates by Incident Type"). */
export const FOCUS_QUESTIONS: Readonly<Record<IncidentType, readonly string[]>> = {
  deployment: [
    'What broke in the deployment?',
    "Why didn't testing catch it?",
    'How effective was the rollback?',
    'Which deployment process improvements would prevent it?',
  ],
  infrastructure: [
    'Which infrastructure component failed?',
    'Which monitoring and alerting gaps did it reveal?',
    'Did failover and redundancy work?',
    'Which architecture improvements would prevent it?',
  ],
  security: [
    'What was the attack vector or vulnerability?',
    'How long did detection and response take?',
    'Which data was exposed, and what was the impact?',
    'Which security improvements are needed?',
    'How and when were users told?',
  ],
  data_loss: [
    'How was the data lost?',
    'How did the backup and recovery process perform?',
    'How was data integrity verified?',
    'Which measures prevent it from happening again?',
    'What was the user impact, and how were users told?',
  ],
  other: [
    'What failed, and why was it not prevented?',
    'How was it detected, and could it have been detected sooner?',
    'What would have shortened the response?',
  ],
};

/** Focus questions for an incident type. */
export function focusQuestions(type: IncidentType): readonly string[] {
  return FOCUS_QUESTIONS[type];
}
