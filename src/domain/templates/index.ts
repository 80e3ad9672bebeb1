export { BUILTIN_TEMPLATES } from './builtin-templates.ts';
export { FOCUS_QUESTIONS, focusQuestions } from './focus-questions.ts';
export { findTemplate, hasPromptPlaceholder, promptPlaceholder, resolveTemplates } from './templates.ts';
export {
  CustomTemplateSchema,
  CustomTemplatesSchema,
  INCIDENT_TYPES,
  type CustomTemplate,
  type IncidentType,
  type PostmortemTemplate,
  type TemplateSection,
} from './template.types.ts';
