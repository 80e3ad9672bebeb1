export { parsePostmortem, DEBRIEF_FORMAT } from './parse-postmortem.ts';
export { writePostmortem, canonicalTime } from './write-postmortem.ts';
export { newPostmortemFromTemplate, type NewPostmortemOptions } from './new-postmortem.ts';
export { toParseJson, type ParseJson } from './parse-json.ts';
export { firstSentence } from './first-sentence.ts';
export { classifyHeading, normaliseHeading } from './section-names.ts';
