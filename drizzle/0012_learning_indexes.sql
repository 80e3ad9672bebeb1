CREATE TABLE "incident_repeats" (
	"incident_id" text PRIMARY KEY NOT NULL,
	"repeat_of" text,
	"score" double precision,
	"earlier_started_at" timestamp with time zone,
	"terms" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_stats" (
	"key" text PRIMARY KEY NOT NULL,
	"value" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "incidents_began_idx" ON "incidents" USING btree (coalesce("started_at", "declared_at"));--> statement-breakpoint
CREATE INDEX "incidents_services_idx" ON "incidents" USING gin ("services");--> statement-breakpoint
CREATE INDEX "postmortems_incident_idx" ON "postmortems" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "search_docs_dirty_rows_idx" ON "search_docs" USING btree ("incident_id") WHERE "search_docs"."dirty";