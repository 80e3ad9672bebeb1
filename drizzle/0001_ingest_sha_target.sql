ALTER TABLE "ingest_inbox" ADD COLUMN "target_incident_id" text;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD COLUMN "sha" text;