CREATE TABLE "evidence_items" (
	"id" text PRIMARY KEY NOT NULL,
	"incident_id" text NOT NULL,
	"kind" text NOT NULL,
	"caption" text NOT NULL,
	"name" text,
	"covers_from" timestamp with time zone,
	"covers_to" timestamp with time zone,
	"source" text,
	"tool" text,
	"exit_code" integer,
	"url" text,
	"title" text,
	"sha256" text NOT NULL,
	"size" bigint NOT NULL,
	"content_type" text NOT NULL,
	"public" boolean DEFAULT false NOT NULL,
	"supersedes" text,
	"added_by" text NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" text,
	"delete_reason" text
);
--> statement-breakpoint
ALTER TABLE "evidence_items" ADD CONSTRAINT "evidence_items_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_items_incident_idx" ON "evidence_items" USING btree ("incident_id","added_at");--> statement-breakpoint
CREATE INDEX "evidence_items_sha_idx" ON "evidence_items" USING btree ("sha256");