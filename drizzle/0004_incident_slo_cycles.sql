ALTER TABLE "incidents" ADD COLUMN "slo" jsonb;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "cycles" jsonb DEFAULT '[]'::jsonb NOT NULL;