ALTER TABLE "jobs" ADD COLUMN "started_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "attempt_started_at" timestamp with time zone;