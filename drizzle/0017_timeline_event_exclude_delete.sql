ALTER TABLE "timeline_events" ADD COLUMN "excluded" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD COLUMN "deleted_at" timestamp with time zone;