import { z } from 'zod';
import { SECTION_KEYS, type SectionKey } from '../postmortem/document.types.ts';

/** One section a template asks for, with the prompt shown to the author. */
export type TemplateSection = {
  key: SectionKey;
  /** Heading written into the document ("Root Cause Analysis"). */
  heading: string;
  /** What the author should write there; left-in prompts are flagged by lint. */
  prompt: string;
  /** Required sections must be filled (or say "N/A"). */
  required: boolean;
};

/** A post-mortem template: which sections appear, in which order, with which prompts. */
export type PostmortemTemplate = {
  id: string;
  name: string;
  description: string;
  sections: TemplateSection[];
};

/** Incident types of seed 001, each with its focus questions. */
export const INCIDENT_TYPES = ['deployment', 'infrastructure', 'security', 'data_loss', 'other'] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

const TemplateSectionSchema = z.object({
  key: z.enum(SECTION_KEYS),
  heading: z.string().trim().min(1).max(120),
  prompt: z.string().max(2000).default(''),
  required: z.boolean().default(false),
});

/** A team's own template, as written under `templates:` in debrief.config.yaml. */
export const CustomTemplateSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9-]{0,39}$/, 'use lower-case letters, digits and dashes, starting with a letter'),
    name: z.string().trim().min(1).max(120),
    description: z.string().max(1000).default(''),
    sections: z.array(TemplateSectionSchema).min(1),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.sections.forEach((s, i) => {
      const h = s.heading.toLowerCase();
      if (seen.has(h)) ctx.addIssue({ code: 'custom', path: ['sections', i, 'heading'], message: `duplicate heading "${s.heading}"` });
      seen.add(h);
    });
  });

/** The `templates:` list of the config file. */
export const CustomTemplatesSchema = z.array(CustomTemplateSchema).default([]);

export type CustomTemplate = z.output<typeof CustomTemplateSchema>;
